package io.eventref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule for tests that need the machine: skipped with a notice, or failed where required. */
class RequirementTest {

    private static final Requirement DOVECOT = new Requirement("conformance tests", "dovecot.required",
            "run them as root on Debian");

    @Test
    void nothingMissingIsNothingUnmetEvenWhereRequired() {
        assertThat(DOVECOT.unmet(List.of(), "true", "true")).isEmpty();
    }

    @Test
    void whatIsMissingIsToldOnOneLineEvenWhenItsReasonSpansLines() {
        Requirement.Unmet unmet = DOVECOT.unmet(List.of("Dovecot 2.4 (debootstrap failed:\n  no network)"), null, null)
                .orElseThrow();

        assertThat(unmet.required()).isFalse();
        assertThat(unmet.message()).isEqualTo("conformance tests skipped: no Dovecot 2.4 (debootstrap failed: no network);"
                + " to run them, run them as root on Debian (CI=true or -Ddovecot.required=true makes them required)");
    }

    @Test
    void theCiVariableOrTheTestsOwnPropertyMakesThemRequired() {
        assertThat(DOVECOT.unmet(List.of("root"), "TRUE", null).orElseThrow().required()).isTrue();
        assertThat(DOVECOT.unmet(List.of("root"), "false", "true").orElseThrow().message())
                .isEqualTo("conformance tests are required here (CI=true or -Ddovecot.required=true) but root is missing:"
                        + " run them as root on Debian");
        assertThat(DOVECOT.unmet(List.of("root"), "1", "yes").orElseThrow().required()).isFalse();
    }

    @Test
    void aRequirementNamesItsTestsPropertyAndRemedy() {
        assertThatThrownBy(() -> new Requirement("x tests", null, "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("property");
    }
}
