package io.eventref.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.config.ConfigSyntax;
import io.eventref.model.Reference;
import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import org.junit.jupiter.api.Test;

class StartingReleaseTest {

    private static final SourceRef AT = SourceRef.startOf("dovecot.conf");
    private final Reference reference = UpgradeFixtures.reference();

    private StartingRelease of(ConfigSyntax.Line line, String configVersion, boolean legacy) {
        return StartingRelease.of(reference, new ConfigSyntax(line, configVersion == null ? null
                : Version.parse(configVersion), legacy, "evidence", AT));
    }

    @Test
    void aConfigVersionNamesTheNewestReleaseOfItsLineUpToIt() {
        assertThat(of(ConfigSyntax.Line.DOVECOT_2_4, "2.4.0", false).version()).isEqualTo(Version.parse("2.4.0"));
        assertThat(of(ConfigSyntax.Line.DOVECOT_2_4, "2.4.3", false).version()).isEqualTo(Version.parse("2.4.1"));
    }

    @Test
    void twoFourSyntaxWithoutAVersionStartsAtTheOldest24Release() {
        assertThat(of(ConfigSyntax.Line.DOVECOT_2_4, null, false).version()).isEqualTo(Version.parse("2.4.0"));
    }

    @Test
    void twoThreeSyntaxStartsAtTheNewestReleaseThatReadsIt() {
        assertThat(of(ConfigSyntax.Line.DOVECOT_2_3, null, false).version()).isEqualTo(Version.parse("2.3.21"));
        StartingRelease legacy = of(ConfigSyntax.Line.DOVECOT_2_3, null, true);
        assertThat(legacy.version()).isEqualTo(Version.parse("2.3.10"));
        assertThat(legacy.reason()).isEqualTo("the newest release before 2.3.13, which took metrics in this syntax");
    }

    @Test
    void withoutAReleaseOfTheLineItIsTheOldestListedRelease() {
        StartingRelease start = of(ConfigSyntax.Line.DOVECOT_2_4, "3.0.0", false);

        assertThat(start.version()).isEqualTo(Version.parse("2.3.0"));
        assertThat(start.reason()).isEqualTo("the oldest listed release: no listed release is of the 2.4 line this"
                + " config is written for");
    }
}
