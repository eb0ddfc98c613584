package io.eventref.upgrade;

import io.eventref.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Whole reports on the configs of {@code fixtures/upgrade-check/configs/}, against golden files in
 * {@code fixtures/upgrade-check/expected/} (reviewed by hand; rewrite with {@code -Dgolden.update=true}).
 */
class UpgradeGoldenTest {

    private static final Path EXPECTED = UpgradeFixtures.ROOT.resolve("expected");

    private static void golden(String file, UpgradeReport report) {
        Fixtures.assertGolden(EXPECTED.resolve(file + ".txt"), ReportText.render(report));
    }

    @Test
    void theScenarioOfTheIssueNamesEachReplacementOrRemoval() {
        golden("done-when", UpgradeFixtures.check("done-when", "2.3.21", "2.4.1"));
    }

    @Test
    void aConfigIn23SyntaxWithIncludesQuotingAndNestedParentheses() {
        golden("v23", UpgradeFixtures.check("v23", null, "2.4.1"));
    }

    @Test
    void aConfigInTheMetricSyntaxBefore2313() {
        golden("v23-legacy", UpgradeFixtures.check("v23-legacy", null, "2.4.1"));
    }

    @Test
    void aConfigIn24SyntaxFromItsConfigVersion() {
        golden("v24", UpgradeFixtures.check("v24", null, "2.4.1"));
    }

    @Test
    void aConfigIn24SyntaxCheckedFromA23Release() {
        golden("v24-from-2.3.21", UpgradeFixtures.check("v24", "2.3.21", "2.4.1"));
    }

    @Test
    void aConfigThatNamesNothingThatChanged() {
        golden("untouched", UpgradeFixtures.check("untouched", "2.3.21", "2.4.1"));
    }

    @Test
    void aMalformedConfigListsEveryProblemWithItsPosition() {
        golden("malformed", UpgradeFixtures.check("malformed", "2.3.21", "2.4.1"));
    }
}
