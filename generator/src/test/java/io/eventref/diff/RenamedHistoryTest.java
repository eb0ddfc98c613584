package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventref.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * What a renamed event, its fields and a renamed category did under the old name, on the compare
 * fixture: {@code mailbox_sync_done} (until 2.3.9) became {@code mailbox_synced} (from 2.3.10), category
 * {@code search} became {@code fts}. What happened is told with the release in which it happened,
 * under whichever name the item had then.
 */
class RenamedHistoryTest {

    private final Reference reference = References.compareFixture();
    private final DiffReport report = References.compare(reference, "2.3.7", "2.3.18");

    @Test
    void aFieldRemovedAfterTheRenameIsRemovedInItsReleaseWithItsNote() {
        assertThat(synced().fields(Difference.Removed.class))
                .extracting(d -> d.subject().field(), d -> d.version().toString(), Difference.Removed::note)
                .containsExactly(tuple("auth_token", "2.3.11", "Sessions carry no token."),
                        tuple("legacy_id", "2.3.18", "No longer sent."));
        assertThat(report.breaking()).filteredOn(b -> "mailbox_synced".equals(b.subject().event()))
                .extracting(Breaking::why).contains(
                        "removed in 2.3.11 (it came through Mail user): Sessions carry no token.",
                        "removed in 2.3.18 (a global field): No longer sent.");
    }

    @Test
    void aFieldAddedBeforeTheRenameIsAddedInItsReleaseUnderTheOldName() {
        assertThat(synced().fields(Difference.Added.class))
                .extracting(d -> d.subject().field(), d -> d.version().toString())
                .containsExactly(tuple("session", "2.3.9"));
    }

    @Test
    void aFieldRenamedBeforeTheEventWasIsRenamedInItsReleaseUnderTheOldName() {
        assertThat(synced().fields(Difference.Renamed.class))
                .extracting(d -> d.before().field(), d -> d.subject().field(), d -> d.version().toString(),
                        Difference.Renamed::note)
                .containsExactly(tuple("count", "changes", "2.3.9", "the old name was too vague."));
    }

    @Test
    void aFieldThatCameAndWentAcrossTheRenameCameInItsFirstRelease() {
        assertThat(synced().fields(Difference.CameAndWent.class))
                .extracting(d -> d.subject().field(), d -> d.added().toString(), d -> d.removed().toString(),
                        Difference.CameAndWent::note)
                .containsExactly(tuple("lock_wait", "2.3.9", "2.3.11", "Locks moved."));
    }

    @Test
    void theNotesOfAFieldUnderTheOldNameAreListed() {
        assertThat(synced().fields(Difference.Noted.class))
                .extracting(d -> d.subject().field(), d -> d.version().toString(), Difference.Noted::note)
                .containsExactly(tuple("state", "2.3.9", "Also set for partial syncs."));
    }

    @Test
    void theNotesOfTheEventUnderItsOldNameAreListed() {
        assertThat(synced().own(Difference.Noted.class))
                .extracting(d -> d.subject().event(), d -> d.version().toString(), Difference.Noted::note)
                .containsExactly(tuple("mailbox_synced", "2.3.9", "Also emitted for partial syncs."));
    }

    @Test
    void theNotesOfACategoryUnderItsOldNameAreListed() {
        assertThat(report.categories().changed()).filteredOn(item -> item.name().equals("fts")).singleElement()
                .satisfies(fts -> assertThat(fts.own(Difference.Noted.class))
                        .extracting(d -> d.version().toString(), Difference.Noted::note)
                        .containsExactly(tuple("2.3.9", "Searches headers too.")));
    }

    @Test
    void aSpanThatStartsAfterTheRenameIsToldAsBefore() {
        DiffReport later = References.compare(reference, "2.3.10", "2.3.18");

        assertThat(later.events().renamed()).isEmpty();
        assertThat(changed(later, "mailbox_synced").fields(Difference.Removed.class))
                .extracting(d -> d.subject().field(), d -> d.version().toString(), Difference.Removed::note)
                .containsExactly(tuple("auth_token", "2.3.11", "Sessions carry no token."),
                        tuple("lock_wait", "2.3.11", "Locks moved."), tuple("legacy_id", "2.3.18", "No longer sent."));
    }

    @Test
    void aSpanThatEndsBeforeTheRenameKnowsOnlyTheOldName() {
        DiffReport earlier = References.compare(reference, "2.3.7", "2.3.9");

        assertThat(changed(earlier, "mailbox_sync_done").fields(Difference.Renamed.class))
                .extracting(d -> d.before().field(), d -> d.subject().field(), d -> d.version().toString())
                .containsExactly(tuple("count", "changes", "2.3.9"));
    }

    private ChangedItem synced() {
        return changed(report, "mailbox_synced");
    }

    private static ChangedItem changed(DiffReport report, String name) {
        return report.events().changed().stream().filter(item -> item.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("not changed: " + name));
    }
}
