package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When chromium or its driver is missing, browser tests skip with a notice, or fail where they are required. */
class BrowserTest {

    @Test
    void withBothProgramsTheTestsRun() {
        assertThat(Browser.Missing.of(true, true, "true", "true")).isEmpty();
    }

    @Test
    void onAFreshMachineTheyAreSkippedWithOneLineSayingHowToRunThem() {
        Browser.Missing missing = Browser.Missing.of(true, false, null, null).orElseThrow();

        assertThat(missing.required()).isFalse();
        assertThat(missing.message()).doesNotContain("\n").startsWith("browser tests skipped: no /usr/bin/chromedriver")
                .contains("apt-get install chromium chromium-driver");
    }

    @Test
    void underCiOrWhenAskedForTheyAreRequired() {
        assertThat(Browser.Missing.of(false, false, "true", null).orElseThrow().required()).isTrue();
        assertThat(Browser.Missing.of(false, true, null, "true").orElseThrow().required()).isTrue();
        assertThat(Browser.Missing.of(false, true, "false", "false").orElseThrow().required()).isFalse();
        assertThat(Browser.Missing.of(false, false, "true", null).orElseThrow().message())
                .startsWith("browser tests are required here").contains("/usr/bin/chromium and /usr/bin/chromedriver are missing");
        assertThat(Browser.Missing.of(true, false, "true", null).orElseThrow().message())
                .contains("but /usr/bin/chromedriver is missing");
    }
}
