package io.eventref.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventref.model.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachedReasonsTest {

    private static final List<String> TABLE = List.of(
            "# event (or prefix*), releases, reason",
            "",
            "auth_client_cache_flush_*\t2.4\tGone in 2.4.",
            "obox_*\t*\tPro only.",
            "imap_client_unhibernate_retried\t2.3.19\tA timing race.",
            "obox_special\t*\tNever reached: the row above wins.");

    private static String reason(String event, String release) throws UnreachedReasons.MalformedException {
        return UnreachedReasons.parse(TABLE, "reasons.tsv").reason(event, Version.parse(release)).orElse(null);
    }

    @Test
    void aRowMatchesItsEventOrPrefixInItsReleasesAndTheFirstMatchWins() throws Exception {
        assertThat(reason("auth_client_cache_flush_started", "2.4.1")).isEqualTo("Gone in 2.4.");
        assertThat(reason("auth_client_cache_flush_started", "2.3.21")).isNull();
        assertThat(reason("auth_client_cache_flush_started", "2.40.0")).isNull();
        assertThat(reason("obox_mailbox_rescan_started", "2.3.0")).isEqualTo("Pro only.");
        assertThat(reason("obox_special", "2.4.0")).isEqualTo("Pro only.");
        assertThat(reason("imap_client_unhibernate_retried", "2.3.19")).isEqualTo("A timing race.");
        assertThat(reason("imap_client_unhibernate_retried", "2.3.20")).isNull();
        assertThat(reason("imap_client_unhibernate_retried_more", "2.3.19")).isNull();
        assertThat(UnreachedReasons.NONE.reason("obox_x", Version.parse("2.3.0"))).isEmpty();
    }

    @Test
    void aRowWithoutThreeColumnsIsAnErrorThatNamesItsLine() {
        assertThatThrownBy(() -> UnreachedReasons.parse(List.of("# comment", "obox_*  *  Pro only."), "r.tsv"))
                .isInstanceOf(UnreachedReasons.MalformedException.class)
                .hasMessage("r.tsv:2: expected three tab-separated columns (event or prefix*, releases, reason), "
                        + "got 1 column");
        assertThatThrownBy(() -> UnreachedReasons.parse(List.of("a\t*\tb\tc"), "r.tsv"))
                .hasMessageEndingWith("got 4 columns");
        assertThatThrownBy(() -> UnreachedReasons.parse(List.of("a\t\tb"), "r.tsv"))
                .hasMessage("r.tsv:1: expected three tab-separated columns (event or prefix*, releases, reason), "
                        + "got an empty column");
    }
}
