package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.model.Reference;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Dovecot servers, run now by {@code conformance/run} under its workload, export only what the
 * reference documents: for each series, {@code check-events --strict --release <the release that
 * ran>} accepts every captured line, and the coverage report lists no undocumented event, field or
 * category, nor a type mismatch. Where Dovecot cannot be installed (no root, no package access) it
 * is skipped with a one-line notice, except under {@code CI=true} or {@code -Ddovecot.required=true}
 * ({@link ConformanceHarness#REQUIREMENT}). A 2.3 run takes about a minute, a 2.4 run a minute and
 * a half once its trixie root is cached.
 */
class RealReferenceConformanceIT {

    @TempDir
    static Path captures;

    private static Reference reference;

    @ParameterizedTest(name = "Dovecot {0}")
    @ValueSource(strings = {"2.3", "2.4"})
    void aRealServerUnderTheWorkloadExportsOnlyWhatTheReferenceDocuments(String series) throws IOException {
        ConformanceHarness.install(series, captures.resolve("logs"));
        Path capture = ConformanceHarness.capture(series, captures);

        assertThat(Captures.release(capture).toString()).as("release of %s", capture).startsWith(series + ".");
        Captures.Checked checked = Captures.check(reference(), capture);
        Captures.assertConforms(checked);
        assertThat(checked.report().summary().lines()).as("lines of %s", capture).isGreaterThan(1000);
    }

    /** The real reference, loaded once Dovecot is there (a skipped run does not load it). */
    private static synchronized Reference reference() {
        if (reference == null) {
            reference = RealReference.reference();
        }
        return reference;
    }
}
