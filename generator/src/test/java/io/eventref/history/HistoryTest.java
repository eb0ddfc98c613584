package io.eventref.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Reference;
import org.junit.jupiter.api.Test;

/** Timelines on the diff fixture: what a site page and {@code eventref history} show. */
class HistoryTest {

    private final History history = new History(fixture());

    @Test
    void anEventTimelineHoldsItsOwnMomentsAndThoseOfItsFieldsInReleaseOrder() {
        Timeline timeline = history.event("mail_opened").get(0);

        assertThat(timeline.kind()).isEqualTo(Timeline.Kind.EVENT);
        assertThat(timeline.moments()).extracting(m -> String.valueOf(m.version()), m -> m.what().id(), Moment::field)
                .startsWith(tuple("null", "added", null), tuple("2.3.9", "added", "flags"))
                .contains(tuple("2.3.10", "added", "session"), tuple("2.3.11", "deprecated", "cached"),
                        tuple("2.3.18", "removed", "size"));
    }

    @Test
    void fieldsThatCameWithTheEventAreNotToldAgain() {
        Timeline timeline = history.event("mail_lookup_finished").get(0);

        assertThat(timeline.moments()).extracting(m -> m.what().id(), Moment::field)
                .containsExactly(tuple("added", null), tuple("added", "reason_code"));
    }

    @Test
    void anEventDeclaredOncePerProcessHasATimelinePerDeclaration() {
        assertThat(history.event("storage_unhibernated")).extracting(Timeline::process)
                .containsExactly("imap", "imap-hibernate");
    }

    @Test
    void anAliasFindsItsEvent() {
        assertThat(history.event("mail_delete")).extracting(Timeline::name).containsExactly("mail_deleted");
    }

    @Test
    void aFieldTimelineSaysWhereTheFieldComesFrom() {
        assertThat(history.field("mail_opened", "session")).singleElement().satisfies(timeline -> {
            assertThat(timeline.name()).isEqualTo("mail_opened.session");
            assertThat(timeline.moments()).extracting(m -> m.version().toString(), Moment::origin)
                    .containsExactly(tuple("2.3.10", "Mail user"));
        });
    }

    @Test
    void aCategoryTimelineHasItsRemovalNote() {
        assertThat(history.category("purge").orElseThrow().moments()).extracting(m -> m.what().id(), Moment::note)
                .containsExactly(tuple("added", null), tuple("removed", "Purging is done elsewhere."));
    }

    @Test
    void theCarriersOfAFieldAreEveryEventThatEverHadIt() {
        assertThat(history.carriers("state")).extracting(Carrier::event, Carrier::origin)
                .containsExactly(tuple("mail_lookup_done", "own"), tuple("mail_lookup_finished", "own"));
    }

    @Test
    void findingsKeepEveryMatchOfABareName() {
        Findings findings = Findings.of(history, "mailbox");

        assertThat(findings.timelines()).extracting(Timeline::kind).containsExactly(Timeline.Kind.CATEGORY);
        assertThat(findings.carriers()).isNotEmpty();
        assertThat(Findings.of(history, "nothing").isEmpty()).isTrue();
    }

    private static Reference fixture() {
        return new ReferenceLoader().load(Fixtures.fixture("diff").resolve("content"), "content")
                .reference().orElseThrow();
    }
}
