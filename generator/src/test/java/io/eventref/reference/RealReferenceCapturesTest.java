package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.model.Reference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed conformance captures ({@code conformance/captures/<release>.jsonl}, exported by real
 * Dovecot servers under {@code conformance/run}) are what the reference says: {@code check-events
 * --strict --release <release>} accepts every line, and the coverage report lists no undocumented
 * event, field or category.
 */
class RealReferenceCapturesTest {

    private static Reference reference;

    @BeforeAll
    static void load() {
        reference = RealReference.reference();
    }

    static List<Path> captures() {
        List<Path> captures = Captures.in(Fixtures.projectRoot().resolve("conformance/captures"));
        assertThat(captures).as("committed captures").hasSizeGreaterThanOrEqualTo(2);
        return captures;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyLineIsValidStrictlyAndEverythingInItIsDocumented(Path capture) {
        Captures.Checked checked = Captures.check(reference, capture);

        Captures.assertConforms(checked);
        assertThat(checked.report().summary().lines()).as("lines of %s", capture).isGreaterThan(1000);
    }
}
