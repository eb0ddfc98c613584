package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.check.Coverage;
import io.eventref.check.CoverageReport;
import io.eventref.check.EventInput;
import io.eventref.check.EventsCheck;
import io.eventref.check.ReleaseRules;
import io.eventref.check.UnreachedReasons;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Conformance captures ({@code <release>.jsonl}, as {@code conformance/run} writes them) held to the
 * reference: checked strictly against the release they name, with the coverage report of it.
 */
final class Captures {

    /** At most this many of a capture's errors are kept, to be shown when it does not conform. */
    private static final int SHOWN = 20;

    private Captures() {
    }

    /** A capture checked: the coverage report and (some of) the errors, as {@code line: event: problem}. */
    record Checked(Path capture, CoverageReport report, List<String> errors) {
    }

    /** The captures in {@code folder}, by name. */
    static List<Path> in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release a capture's name gives: {@code 2.3.19.jsonl} is release 2.3.19. */
    static Version release(Path capture) {
        return Version.parse(capture.getFileName().toString().replaceFirst("\\.jsonl$", ""));
    }

    /** {@code check-events --strict --release <its release> --coverage capture}, in-process. */
    static Checked check(Reference reference, Path capture) {
        Version release = release(capture);
        assertThat(reference.findRelease(release)).as("release %s of %s in releases.yaml", release, capture)
                .isPresent();
        ReleaseRules rules = ReleaseRules.compile(reference, release, true);
        Coverage coverage = new Coverage(reference, rules, UnreachedReasons.NONE);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        EventsCheck check = new EventsCheck(rules, SHOWN, (file, line, event, problem) -> {
            if (problem.isError() && errors.size() < SHOWN) {
                errors.add(line + ": " + event + ": " + problem.describe());
            }
        }, coverage);
        try (InputStream in = EventInput.open(capture)) {
            check.check(capture.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Checked(capture, coverage.report(check.summary(), List.of(capture.toString())), List.copyOf(errors));
    }

    /** Every line valid strictly, and no undocumented event, field or category in the coverage. */
    static void assertConforms(Checked checked) {
        CoverageReport report = checked.report();
        assertThat(report.summary().lines()).as("lines of %s", checked.capture()).isPositive();
        assertThat(report.summary().invalid()).as("invalid lines of %s (strict), first errors: %s",
                checked.capture(), checked.errors()).isZero();
        assertThat(report.undocumentedEvents()).as("undocumented events in %s", checked.capture()).isEmpty();
        assertThat(report.undocumentedFields()).as("undocumented fields in %s", checked.capture()).isEmpty();
        assertThat(report.undocumentedCategories()).as("undocumented categories in %s", checked.capture()).isEmpty();
        assertThat(report.typeMismatches()).as("type mismatches in %s", checked.capture()).isEmpty();
    }
}
