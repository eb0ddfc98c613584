package io.eventref.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventref.Fixtures;
import io.eventref.diff.ReleaseReports;
import io.eventref.model.Reference;
import org.junit.jupiter.api.Test;

/** Timelines on the diff and compare fixtures: what a site page and {@code eventref history} show. */
class HistoryTest {

    private final History history = history("diff");
    private final History renames = history("compare");

    private static History history(String fixture) {
        Reference reference = Fixtures.load(Fixtures.content(fixture));
        ReleaseReports reports = new ReleaseReports(reference);
        return new History(reference, reports.consecutive().stream().map(reports::report).toList());
    }

    @Test
    void anEventTimelineHoldsItsOwnMomentsAndThoseOfItsFieldsInReleaseOrder() {
        Timeline timeline = history.event("mail_opened").orElseThrow();

        assertThat(timeline.kind()).isEqualTo(Timeline.Kind.EVENT);
        assertThat(timeline.moments()).extracting(m -> String.valueOf(m.version()), m -> m.what().id(), Moment::field)
                .startsWith(tuple("null", "added", null), tuple("2.3.9", "added", "flags"))
                .contains(tuple("2.3.10", "added", "session"), tuple("2.3.11", "deprecated", "cached"),
                        tuple("2.3.18", "removed", "size"));
    }

    @Test
    void aFieldRenamedAsTheDiffTellsItIsOneRenameNotARemovalAndAnAddition() {
        Timeline timeline = history.event("mail_opened").orElseThrow();

        assertThat(timeline.moments()).extracting(m -> String.valueOf(m.version()), m -> m.what().id(), Moment::field,
                Moment::otherName).contains(tuple("2.3.10", "renamed-from", "virtual_size", "vsize"))
                .noneMatch(moment -> "vsize".equals(moment.toList().get(2)));
    }

    @Test
    void aRenamedEventIsOneTimelineThatItsOldNameFindsToo() {
        assertThat(renames.event("mailbox_synced").orElseThrow().moments())
                .extracting(m -> String.valueOf(m.version()), m -> m.what().id(), Moment::otherName)
                .contains(tuple("2.3.10", "renamed-from", "mailbox_sync_done"));
        assertThat(renames.event("mailbox_sync_done").orElseThrow())
                .isEqualTo(renames.event("mailbox_synced").orElseThrow());
    }

    @Test
    void fieldsThatCameWithTheEventAreNotToldAgain() {
        Timeline timeline = history.event("mail_lookup_finished").orElseThrow();

        assertThat(timeline.moments()).extracting(m -> m.what().id(), Moment::field)
                .doesNotContain(tuple("added", "state"), tuple("added", "hits"));
    }

    @Test
    void anEventDeclaredOncePerProcessHasOneTimeline() {
        assertThat(history("basic").event("storage_unhibernated")).get().extracting(Timeline::name)
                .isEqualTo("storage_unhibernated");
    }

    @Test
    void anAliasFindsItsEvent() {
        assertThat(history.event("mail_delete")).get().extracting(Timeline::name).isEqualTo("mail_deleted");
    }

    @Test
    void aFieldTimelineSaysWhereTheFieldComesFrom() {
        assertThat(history.field("mail_opened", "session")).get().satisfies(timeline -> {
            assertThat(timeline.name()).isEqualTo("mail_opened.session");
            assertThat(timeline.moments()).extracting(m -> m.version().toString(), Moment::origin)
                    .containsExactly(tuple("2.3.10", "Mail user"));
        });
    }

    @Test
    void aFieldTimelineStartsWithItsEventWhenTheyCameTogetherAndTheOldNameOfARenamedFieldEndsWithTheRename() {
        assertThat(renames.field("mail_compressed", "duration")).get().extracting(Timeline::moments)
                .satisfies(moments -> assertThat(moments).first().extracting(m -> m.what().id(), m -> String.valueOf(m.version()))
                        .containsExactly("added", "2.3.9"));
        assertThat(history.field("mail_opened", "vsize")).get().satisfies(timeline -> {
            assertThat(timeline.name()).isEqualTo("mail_opened.virtual_size");
            assertThat(timeline.moments()).extracting(m -> m.what().id(), Moment::otherName)
                    .containsExactly(tuple("added", null), tuple("renamed-from", "vsize"));
        });
    }

    @Test
    void aCategoryTimelineHasItsRemovalNoteAndItsRename() {
        assertThat(history.category("purge").orElseThrow().moments()).extracting(m -> m.what().id(), Moment::note)
                .containsExactly(tuple("added", null), tuple("removed", "Purging is done elsewhere."));
        assertThat(renames.category("quota").orElseThrow().moments()).extracting(m -> m.what().id(), Moment::otherName)
                .containsExactly(tuple("added", null), tuple("renamed-from", "quota-legacy"));
    }

    @Test
    void theCarriersOfAFieldAreEveryEventThatEverHadIt() {
        assertThat(history.carriers("session")).extracting(Carrier::event, Carrier::origin)
                .containsExactly(tuple("mail_deleted", "Mail user"), tuple("mail_expunged", "Mail user"),
                        tuple("mail_lookup_finished", "Mail user"), tuple("mail_opened", "Mail user"));
    }

    @Test
    void aFieldsFormerNameFindsItsCarriers() {
        assertThat(history.carriers("vsize")).extracting(Carrier::event)
                .containsExactly("mail_opened");
    }

    @Test
    void aCategorysFormerNameFindsIt() {
        assertThat(history.category("cache-legacy")).map(Timeline::name).hasValue("cache");
    }

    @Test
    void aLookupKeepsEveryMatchOfABareName() {
        Lookup lookup = Lookup.of(history, "mailbox");

        assertThat(lookup.timelines()).extracting(Timeline::kind).containsExactly(Timeline.Kind.CATEGORY);
        assertThat(lookup.carriers()).isNotEmpty();
        assertThat(Lookup.of(history, "nothing").isEmpty()).isTrue();
    }
}
