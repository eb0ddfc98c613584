package io.eventref.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachedReasonTest {

    private static final List<UnreachedReason> TABLE = List.of(
            row(3, "auth_client_cache_flush_*", "2.4", "Gone in 2.4."),
            row(4, "obox_*", "*", "Pro only."),
            row(5, "imap_client_unhibernate_retried", "2.3.19", "A timing race."),
            row(6, "obox_special", "*", "Never reached: the row above wins."));

    private static UnreachedReason row(int line, String event, String series, String reason) {
        return new UnreachedReason(event, series, reason, new SourceRef("reasons.tsv", line, 1));
    }

    private static String reason(String event, String release) {
        return UnreachedReason.first(TABLE, event, Version.parse(release)).orElse(null);
    }

    @Test
    void aRowMatchesItsEventOrPrefixInItsReleasesAndTheFirstMatchWins() {
        assertThat(reason("auth_client_cache_flush_started", "2.4.1")).isEqualTo("Gone in 2.4.");
        assertThat(reason("auth_client_cache_flush_started", "2.3.21")).isNull();
        assertThat(reason("auth_client_cache_flush_started", "2.40.0")).isNull();
        assertThat(reason("obox_mailbox_rescan_started", "2.3.0")).isEqualTo("Pro only.");
        assertThat(reason("obox_special", "2.4.0")).isEqualTo("Pro only.");
        assertThat(reason("imap_client_unhibernate_retried", "2.3.19")).isEqualTo("A timing race.");
        assertThat(reason("imap_client_unhibernate_retried", "2.3.20")).isNull();
        assertThat(reason("imap_client_unhibernate_retried_more", "2.3.19")).isNull();
    }
}
