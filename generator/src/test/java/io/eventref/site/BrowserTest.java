package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Requirement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When chromium or its driver is missing, browser tests skip with a notice, or fail where they are required. */
class BrowserTest {

    private static Optional<Requirement.Unmet> unmet(boolean chromium, boolean chromedriver, String ci,
            String property) {
        return Browser.REQUIREMENT.unmet(Browser.missing(chromium, chromedriver), ci, property);
    }

    @Test
    void withBothProgramsTheTestsRun() {
        assertThat(unmet(true, true, "true", "true")).isEmpty();
    }

    @Test
    void onAFreshMachineTheyAreSkippedWithOneLineSayingHowToRunThem() {
        Requirement.Unmet missing = unmet(true, false, null, null).orElseThrow();

        assertThat(missing.required()).isFalse();
        assertThat(missing.message()).doesNotContain("\n").startsWith("browser tests skipped: no /usr/bin/chromedriver")
                .contains("apt-get install chromium chromium-driver").endsWith("-Dbrowser.required=true makes them required)");
    }

    @Test
    void underCiOrWhenAskedForTheyAreRequired() {
        assertThat(unmet(false, false, "true", null).orElseThrow().required()).isTrue();
        assertThat(unmet(false, true, null, "true").orElseThrow().required()).isTrue();
        assertThat(unmet(false, true, "false", "false").orElseThrow().required()).isFalse();
        assertThat(unmet(false, false, "true", null).orElseThrow().message())
                .startsWith("browser tests are required here (CI=true or -Dbrowser.required=true)")
                .contains("/usr/bin/chromium and /usr/bin/chromedriver are missing");
        assertThat(unmet(true, false, "true", null).orElseThrow().message())
                .contains("but /usr/bin/chromedriver is missing");
    }
}
