package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code eventref history} on the diff and compare fixtures. */
class HistoryCommandTest {

    private final String fixture = Fixtures.content("diff").toString();
    private final String renames = Fixtures.content("compare").toString();

    @Test
    void printsTheTimelineOfAnEventWithItsFields() {
        Cli cli = Cli.run("history", "mail_opened", "--content", fixture);

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("""
                Event mail_opened
                  2.3.0    present in the first listed release
                  2.3.9    field flags added
                  2.3.10   field session added through Mail user
                  2.3.10   field virtual_size renamed from vsize
                  2.3.10   field mailbox changed: Now in UTF-8.
                  2.3.11   changed: Also emitted for mails that the indexer opens.
                  2.3.11   field cached deprecated: Always absent.
                  2.3.11   field flags removed
                  2.3.18   global field reason_code added
                  2.3.18   field size removed: Never set.
                """);
    }

    @Test
    void anEventsFormerNameFindsItsTimelineWithTheRename() {
        Cli cli = Cli.run("history", "mail_lookup_done", "--content", fixture);

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Event mail_lookup_finished\n")
                .contains("2.3.11   renamed from mail_lookup_done: the name says when it is sent.");
    }

    @Test
    void aFieldsFormerNameFindsItsTimeline() {
        Cli cli = Cli.run("history", "mail_opened.vsize", "--content", fixture);

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("""
                Field mail_opened.virtual_size
                  2.3.0    present in the first listed release
                  2.3.10   renamed from vsize
                """);
    }

    @Test
    void printsTheTimelineOfOneFieldOfAnEvent() {
        Cli cli = Cli.run("history", "mail_opened.session", "--content", fixture);

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo("""
                Field mail_opened.session
                  2.3.10   added through Mail user
                """);
    }

    @Test
    void printsTheTimelineOfACategoryRenameIncluded() {
        Cli cli = Cli.run("history", "quota", "--content", renames);

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo("""
                Category quota
                  2.3.0    present in the first listed release
                  2.3.11   renamed from quota-legacy
                """);
    }

    @Test
    void theOldNameOfARenamedEventFindsItsTimeline() {
        Cli cli = Cli.run("history", "mailbox_sync_done", "--content", renames);

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).startsWith("Event mailbox_synced\n").contains("2.3.10   renamed from mailbox_sync_done");
    }

    @Test
    void aFieldNameAloneListsTheEventsThatCarryItAndSinceWhen() {
        Cli cli = Cli.run("history", "state", "--content", fixture);

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo("""
                Field state is carried by 1 event:
                  mail_lookup_finished  since 2.3.0 (first listed), own
                """);
    }

    @Test
    void printsJson() throws Exception {
        Cli cli = Cli.run("history", "mail_purged", "--format", "json", "--content", fixture);

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(json.at("/timelines/0/moments").findValuesAsText("what")).containsExactly("added", "removed");
        assertThat(json.at("/timelines/0/moments/1/note").asText()).isEqualTo("Purging is done elsewhere.");
        assertThat(Cli.run("history", "mail_purged", "--format", "JSON", "--content", fixture).out()).isEqualTo(cli.out());
    }

    @Test
    void anUnknownNameIsAUsageError() {
        Cli cli = Cli.run("history", "no_such_thing", "--content", fixture);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("'no_such_thing' names no event, category or field");
    }

    @Test
    void anUnknownFieldOfAnEventIsAUsageError() {
        Cli cli = Cli.run("history", "mail_opened.nothing", "--content", fixture);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("names no field of an event");
    }
}
