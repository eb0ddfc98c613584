package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import org.junit.jupiter.api.Test;

/** The pairs of releases a build compares: here, the upgrades from one line of releases to the next. */
class ReleasePairTest {

    private static ReleasePair pair(String from, String to) {
        return new ReleasePair(Version.parse(from), Version.parse(to));
    }

    @Test
    void upgradesGoFromTheNewestReleaseOfALineToEachReleaseOfTheNextThatShipped() {
        // 2.3.0 ... 2.3.21, 2.4.0, 2.4.1, and 2.4.2 listed but not released.
        Reference reference = Fixtures.load(Fixtures.content("upgrade-check"));

        assertThat(ReleasePair.upgrades(reference)).containsExactly(pair("2.3.21", "2.4.0"), pair("2.3.21", "2.4.1"));
    }

    @Test
    void aReferenceOfOneLineHasNoUpgrade() {
        assertThat(ReleasePair.upgrades(References.fixture())).isEmpty();
        assertThat(ReleasePair.upgrades(References.basic())).containsExactly(pair("2.3.18", "2.4.0"));
    }

    @Test
    void theLineOfAReleaseIsItsFirstTwoNumbers() {
        assertThat(ReleasePair.line(Version.parse("2.3.21"))).isEqualTo("2.3");
        assertThat(ReleasePair.line(Version.parse("2.4.0"))).isEqualTo("2.4");
        assertThat(ReleasePair.line(Version.parse("2.3.11.3"))).isEqualTo("2.3");
    }

    @Test
    void aBigReferenceReportsItsUpgradesAsTheDiffCommandDoesThoughTheyAreNotConsecutive() {
        Reference reference = Fixtures.load(Fixtures.content("upgrade-check"));
        ReleaseReports reports = new ReleaseReports(reference, 10);

        assertThat(reports.everyPair()).isFalse();
        assertThat(reports.upgrades()).isEqualTo(ReleasePair.upgrades(reference));
        for (ReleasePair upgrade : reports.upgrades()) {
            assertThat(reports.report(upgrade)).isEqualTo(new Differ().compare(reference, upgrade.from(), upgrade.to()));
        }
    }
}
