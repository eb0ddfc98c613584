package io.eventref.diff;

import io.eventref.Fixtures;
import io.eventref.site.DiffReportHtml;
import io.eventref.site.Templates;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report of the diff fixture from 2.3.7 to 2.3.18 in every format, against golden files in
 * {@code fixtures/diff/expected/}, and that of the compare fixture in {@code fixtures/compare/expected/}
 * (reviewed by hand; rewrite with {@code -Dgolden.update=true}).
 */
class GoldenDiffTest {

    private static final Path EXPECTED = Fixtures.fixture("diff").resolve("expected");

    private final DiffReport report = References.compare(References.fixture(), "2.3.7", "2.3.18");

    @Test
    void markdownReportIsTheGoldenOne() {
        Fixtures.assertGolden(EXPECTED.resolve("2.3.7-2.3.18.md"), DiffMarkdown.toMarkdown(report));
    }

    @Test
    void jsonReportIsTheGoldenOne() {
        Fixtures.assertGolden(EXPECTED.resolve("2.3.7-2.3.18.json"), DiffJson.toJson(report));
    }

    @Test
    void htmlReportIsTheGoldenOne() {
        Fixtures.assertGolden(EXPECTED.resolve("2.3.7-2.3.18.html"), new DiffReportHtml(new Templates()).render(report, References.fixture(), ""));
    }

    /** Renames told by the new name's notes, merged declarations, a renamed event's history under its old name. */
    @Test
    void theCompareFixturesReportIsTheGoldenOne() {
        DiffReport compared = References.compare(References.compareFixture(), "2.3.7", "2.3.18");
        Path expected = Fixtures.fixture("compare").resolve("expected");

        Fixtures.assertGolden(expected.resolve("2.3.7-2.3.18.md"), DiffMarkdown.toMarkdown(compared));
        Fixtures.assertGolden(expected.resolve("2.3.7-2.3.18.json"), DiffJson.toJson(compared));
    }

    @Test
    void aReportWithNothingInItSaysSo() {
        Fixtures.assertGolden(EXPECTED.resolve("2.3.0-2.3.7.md"),
                DiffMarkdown.toMarkdown(References.compare(References.fixture(), "2.3.0", "2.3.7")));
    }
}
