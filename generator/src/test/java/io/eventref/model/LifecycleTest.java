package io.eventref.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final Version V7 = Version.parse("2.3.7");
    private static final Version V10 = Version.parse("2.3.10");
    private static final Version V15 = Version.parse("2.3.15");
    private static final Version V18 = Version.parse("2.3.18");

    private final Lifecycle lifecycle = new Lifecycle(V7, V15, "Use another.", V18, "Gone.",
            List.of(new Change(V15, "Later note."), new Change(V10, "Earlier note.")));

    @Test
    void existsFromItsAddedReleaseUntilTheOneThatRemovesIt() {
        assertThat(lifecycle.existsIn(Version.parse("2.3.6"))).isFalse();
        assertThat(lifecycle.existsIn(V7)).isTrue();
        assertThat(lifecycle.existsIn(Version.parse("2.3.17"))).isTrue();
        assertThat(lifecycle.existsIn(V18)).isFalse();
        assertThat(Lifecycle.ALWAYS.existsIn(Version.parse("2.3.0"))).isTrue();
    }

    @Test
    void keepsChangesInReleaseOrder() {
        assertThat(lifecycle.changes()).extracting(Change::version).containsExactly(V10, V15);
    }

    @Test
    void asOfAReleaseForgetsWhatCameLater() {
        Lifecycle then = lifecycle.asOf(V10);

        assertThat(then.deprecated()).isNull();
        assertThat(then.removed()).isNull();
        assertThat(then.changes()).extracting(Change::note).containsExactly("Earlier note.");
        assertThat(lifecycle.isDeprecatedIn(V15)).isTrue();
        assertThat(lifecycle.isDeprecatedIn(V10)).isFalse();
    }
}
