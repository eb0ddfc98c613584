package io.eventref.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(Version.parse("2.3.10")).isGreaterThan(Version.parse("2.3.9"));
        assertThat(Version.parse("2.3.11.3")).isGreaterThan(Version.parse("2.3.11"));
        assertThat(Version.parse("2.4")).isGreaterThan(Version.parse("2.3.21"));
    }

    @Test
    void theVPrefixNamesTheSameRelease() {
        assertThat(Version.parse("v2.3.7")).isEqualTo(Version.parse("2.3.7")).hasToString("2.3.7");
    }

    @Test
    void aPartMustFitAnInt() {
        assertThat(Version.isValid("2.3.2147483647")).isTrue();
        assertThat(Version.isValid("2.3.0002147483647")).isTrue();
        assertThat(List.of("2.3.2147483648", "2.3.99999999999999999999", "v99999999999.1")).noneMatch(Version::isValid);
        assertThatThrownBy(() -> Version.parse("2.3.99999999999999999999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        assertThat(List.of("2.3.x", "2", "", "2.3.", "version 2.3.7")).noneMatch(Version::isValid);
        assertThatThrownBy(() -> Version.parse("2.3.x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
    }

    @Test
    void laterAndEarlierTreatNullAsUnbounded() {
        Version v7 = Version.parse("2.3.7");
        assertThat(Version.later(null, v7)).isEqualTo(v7);
        assertThat(Version.earlier(v7, null)).isEqualTo(v7);
        assertThat(Version.later(v7, Version.parse("2.3.10"))).hasToString("2.3.10");
    }
}
