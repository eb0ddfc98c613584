package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.eventref.model.Description;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Every kind of difference, on the diff fixture from 2.3.7 to 2.3.18 (and narrower spans). */
class DifferTest {

    private final Reference reference = References.fixture();
    private final DiffReport report = References.compare(reference, "2.3.7", "2.3.18");

    @Test
    void listsEventsAddedRemovedAndDeprecated() {
        assertThat(names(report.events().added())).containsExactly("mail_deleted");
        assertThat(report.events().added().get(0).version()).hasToString("2.3.11");
        assertThat(report.events().removed()).singleElement().satisfies(removed -> {
            assertThat(removed.subject().name()).isEqualTo("mail_purged");
            assertThat(removed.version()).hasToString("2.3.10");
            assertThat(removed.note()).isEqualTo("Purging is done elsewhere.");
        });
        assertThat(names(report.events().deprecated())).containsExactly("mail_expunged");
    }

    @Test
    void anEventRenamedInTheSpanIsRenamedNotRemovedAndAdded() {
        assertThat(report.events().renamed()).extracting(r -> r.before().name(), r -> r.subject().name(),
                r -> r.version().toString(), Difference.Renamed::note)
                .containsExactly(tuple("mail_lookup_done", "mail_lookup_finished", "2.3.11",
                        "the name says when it is sent."));
        assertThat(names(report.events().removed())).doesNotContain("mail_lookup_done");
        assertThat(names(report.events().added())).doesNotContain("mail_lookup_finished");
    }

    @Test
    void aSpanBeforeTheRenameKnowsTheEventByItsOldName() {
        DiffReport earlier = References.compare(reference, "2.3.7", "2.3.10");

        assertThat(earlier.events().renamed()).isEmpty();
        assertThat(earlier.events().changed()).extracting(ChangedItem::name).contains("mail_lookup_done")
                .doesNotContain("mail_lookup_finished");
    }

    @Test
    void comparesTheFieldsOfARenamedEventAcrossTheRename() {
        ChangedItem renamed = changed("mail_lookup_finished");

        assertThat(renamed.fields(Difference.ValuesChanged.class))
                .extracting(d -> d.subject().field(), Difference.ValuesChanged::narrowed)
                .containsExactly(tuple("state", true), tuple("mode", false), tuple("transport", true));
        assertThat(renamed.fields(Difference.Added.class)).extracting(d -> d.subject().field())
                .doesNotContain("state", "hits", "mode");
    }

    @Test
    void aRenamedValueIsToldAsARenameOfTheValue() {
        assertThat(changed("mail_lookup_finished").fields(Difference.ValuesChanged.class))
                .filteredOn(d -> d.subject().field().equals("transport")).singleElement()
                .satisfies(d -> {
                    assertThat(d.before()).containsExactly("insecure", "trusted");
                    assertThat(d.after()).containsExactly("insecure", "secured");
                    assertThat(d.renamed()).extracting(Difference.ValueRename::before, Difference.ValueRename::after,
                            r -> r.version().toString()).containsExactly(tuple("trusted", "secured", "2.3.18"));
                });
        assertThat(report.breaking()).extracting(Breaking::why).contains(
                "`trusted` renamed to `secured` in 2.3.18 (now `insecure`, `secured`)");
    }

    @Test
    void aFieldOfTheSameNameThatIsAnotherItemIsComparedAsTheSameField() {
        Version removal = Version.parse("2.3.11");
        Reference moved = new Reference(reference.releases(), reference.sections(), reference.categories(),
                reference.globalFields(), reference.groups(), reference.events().stream()
                        .map(event -> !event.name().equals("mail_deleted") ? event : new Event(event.name(),
                                event.process(), event.aliases(), event.section(), event.description(),
                                event.categories(), event.inherits(), new Lifecycle(null, null, null, null, null,
                                        List.of()), List.of(
                                        new Field("hits", FieldType.STRING, List.of(), Description.EMPTY,
                                                new Lifecycle(removal, null, null, null, null, List.of()), Field.OWN,
                                                event.source()),
                                        new Field("hits", FieldType.INTEGER, List.of(), Description.EMPTY,
                                                new Lifecycle(null, null, null, removal, null, List.of()),
                                                "Mailbox", event.source())),
                                event.source()))
                        .toList());

        DiffReport report = new Differ().compare(moved, Version.parse("2.3.7"), Version.parse("2.3.18"));

        ChangedItem deleted = report.events().changed().stream().filter(item -> item.name().equals("mail_deleted"))
                .findFirst().orElseThrow();
        assertThat(deleted.fields(Difference.TypeChanged.class)).singleElement()
                .satisfies(d -> assertThat(List.of(d.subject().field(), d.before(), d.after()))
                        .containsExactly("hits", FieldType.INTEGER, FieldType.STRING));
        assertThat(deleted.fields(Difference.OriginChanged.class))
                .extracting(d -> d.subject().field(), Difference.OriginChanged::before, Difference.OriginChanged::after)
                .containsExactly(tuple("hits", "Mailbox", "own"));
        assertThat(deleted.fields(Difference.Added.class)).isEmpty();
        assertThat(deleted.fields(Difference.Removed.class)).isEmpty();
    }

    @Test
    void anEventTheNewerReleaseLeavesOutForItsEditionIsNotRemoved() {
        List<Release> releases = reference.releases().stream()
                .map(release -> release.version().equals(Version.parse("2.3.18")) ? release
                        : new Release(release.version(), release.released(), release.date(), release.note(),
                                List.of(Edition.COMMUNITY, Edition.PRO)))
                .toList();
        Reference pro = new Reference(releases, reference.sections(), reference.categories(),
                reference.globalFields(), reference.groups(), reference.events().stream()
                        .map(event -> !event.name().equals("mail_expunged") ? event : new Event(event.name(),
                                event.process(), event.aliases(), event.section(), event.description(),
                                event.categories(), event.inherits(), event.lifecycle(), event.fields(),
                                event.source(), List.of(), List.of(), Edition.PRO))
                        .toList());

        DiffReport report = new Differ().compare(pro, Version.parse("2.3.7"), Version.parse("2.3.18"));

        assertThat(names(report.events().removed())).doesNotContain("mail_expunged");
        assertThat(report.events().changed()).extracting(ChangedItem::name).doesNotContain("mail_expunged");
        assertThat(report.breaking()).noneMatch(b -> "mail_expunged".equals(b.subject().event()));
    }

    @Test
    void aFieldGainedThroughAGroupIsListedUnderTheEventWithTheGroup() {
        assertThat(changed("mail_opened").fields(Difference.Added.class))
                .extracting(d -> d.subject().field(), d -> d.subject().origin(), d -> d.version().toString())
                .containsExactly(tuple("session", "Mail user", "2.3.10"), tuple("reason_code", "global", "2.3.18"));
    }

    @Test
    void fieldsRemovedRenamedDeprecatedAndComeAndGoneOnAnEventInBoth() {
        ChangedItem opened = changed("mail_opened");

        assertThat(opened.fields(Difference.Removed.class)).extracting(d -> d.subject().field(), Difference.Removed::note)
                .containsExactly(tuple("size", "Never set."));
        assertThat(opened.fields(Difference.Renamed.class))
                .extracting(d -> d.before().field(), d -> d.subject().field(), d -> d.version().toString())
                .containsExactly(tuple("vsize", "virtual_size", "2.3.10"));
        assertThat(opened.fields(Difference.TypeChanged.class)).isEmpty();
        assertThat(opened.fields(Difference.Deprecated.class)).extracting(d -> d.subject().field(), Difference.Deprecated::note)
                .containsExactly(tuple("cached", "Always absent."));
        assertThat(opened.fields(Difference.CameAndWent.class))
                .extracting(d -> d.subject().field(), d -> d.added().toString(), d -> d.removed().toString())
                .containsExactly(tuple("flags", "2.3.9", "2.3.11"));
    }

    @Test
    void listsTheChangeNotesOfTheSpanWithTheirEventAndField() {
        assertThat(changed("mail_opened").differences()).filteredOn(Difference.Noted.class::isInstance)
                .map(Difference.Noted.class::cast)
                .extracting(d -> d.version().toString(), d -> d.subject().field(), Difference.Noted::note)
                .containsExactly(tuple("2.3.10", "mailbox", "Now in UTF-8."),
                        tuple("2.3.11", null, "Also emitted for mails that the indexer opens."));
    }

    @Test
    void notesOfReleasesUpToFromAreNotListed() {
        DiffReport later = References.compare(reference, "2.3.10", "2.3.18");

        assertThat(later.differences()).filteredOn(Difference.Noted.class::isInstance)
                .noneMatch(d -> ((Difference.Noted) d).version().equals(Version.parse("2.3.10")));
    }

    @Test
    void anEventAddedAndRemovedWithinTheSpanIsInNeitherListButCameAndWent() {
        assertThat(names(report.events().cameAndWent())).containsExactly("mail_index_flushed");
        assertThat(names(report.events().added())).doesNotContain("mail_index_flushed");
        assertThat(names(report.events().removed())).doesNotContain("mail_index_flushed");
    }

    @Test
    void anEventThatLeftAtTheEndOfTheSpanIsRemovedNotComeAndGone() {
        DiffReport toTheRemoval = References.compare(reference, "2.3.9", "2.3.10");

        assertThat(names(toTheRemoval.events().removed())).contains("mail_index_flushed");
        assertThat(toTheRemoval.events().cameAndWent()).isEmpty();
    }

    @Test
    void aProcessDeclarationAddedShowsAsAChangeOfTheEventNotAnAddition() {
        assertThat(changed("storage_unhibernated").own(Difference.ProcessesChanged.class)).singleElement()
                .satisfies(d -> {
                    assertThat(d.before()).containsExactly("imap-hibernate");
                    assertThat(d.after()).containsExactly("imap", "imap-hibernate");
                });
        assertThat(names(report.events().added())).doesNotContain("storage_unhibernated");
    }

    @Test
    void categoriesAddedRemovedRenamedDeprecatedAndComeAndGone() {
        Outline categories = report.categories();

        assertThat(names(categories.added())).containsExactly("mail");
        assertThat(names(categories.removed())).containsExactly("purge");
        assertThat(categories.renamed()).extracting(d -> d.before().name(), d -> d.subject().name())
                .containsExactly(tuple("cache-legacy", "cache"));
        assertThat(names(categories.deprecated())).containsExactly("index");
        assertThat(names(categories.cameAndWent())).containsExactly("scratch");
        assertThat(categories.changed()).extracting(ChangedItem::name).containsExactly("index", "mailbox");
    }

    @Test
    void classifiesTheBreakingChangesAndNothingAddedAmongThem() {
        assertThat(report.breaking()).extracting(b -> b.kind().id(), b -> b.subject().event(), b -> b.subject().field(),
                b -> b.subject().category()).containsExactly(
                        tuple("event-renamed", "mail_lookup_done", null, null),
                        tuple("values-narrowed", "mail_lookup_finished", "state", null),
                        tuple("values-narrowed", "mail_lookup_finished", "transport", null),
                        tuple("field-renamed", "mail_opened", "vsize", null),
                        tuple("field-removed", "mail_opened", "size", null),
                        tuple("event-removed", "mail_purged", null, null),
                        tuple("category-renamed", null, null, "cache-legacy"),
                        tuple("category-removed", null, null, "purge"));
    }

    /** {@code quota} is in every release; its note of 2.3.11 says it was called {@code quota-legacy}. */
    @Test
    void aRenamedCategoryIsABreakingRename() {
        DiffReport report = References.compare(References.compareFixture(), "2.3.10", "2.3.11");

        assertThat(report.categories().renamed()).extracting(d -> d.before().name(), d -> d.subject().name())
                .containsExactly(tuple("quota-legacy", "quota"));
        assertThat(report.breaking()).extracting(b -> b.kind().id()).contains("category-renamed");
    }

    @Test
    void theSameComparisonOfTwoLoadsOfTheContentGivesTheSameBytes() {
        assertThat(DiffJson.toJson(References.compare(References.fixture(), "2.3.0", "2.3.18")))
                .isEqualTo(DiffJson.toJson(References.compare(reference, "2.3.0", "2.3.18")));
        assertThat(DiffMarkdown.toMarkdown(References.compare(References.fixture(), "2.3.0", "2.3.18")))
                .isEqualTo(DiffMarkdown.toMarkdown(References.compare(reference, "2.3.0", "2.3.18")));
    }

    @Test
    void widenedValuesAreNotBreaking() {
        assertThat(new Difference.ValuesChanged(Item.field("e", "f", "own"), List.of("a"), List.of("a", "b"))
                .narrowed()).isFalse();
        assertThat(new Difference.ValuesChanged(Item.field("e", "f", "own"), List.of("a", "b"), List.of())
                .narrowed()).as("any value now goes").isFalse();
        assertThat(new Difference.ValuesChanged(Item.field("e", "f", "own"), List.of("a", "b"), List.of("b"))
                .narrowed()).isTrue();
    }

    @Test
    void consecutiveReleasesWithNothingBetweenThemGiveAnEmptyReport() {
        assertThat(References.compare(reference, "2.3.0", "2.3.7").isEmpty()).isTrue();
    }

    @Test
    void refusesAFromThatIsNotOlderThanTo() {
        assertThatThrownBy(() -> References.compare(reference, "2.3.18", "2.3.7"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not older");
        assertThatThrownBy(() -> References.compare(reference, "2.3.9", "2.3.9"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAReleaseThatIsNotListed() {
        assertThatThrownBy(() -> References.compare(reference, "2.3.8", "2.3.18"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("2.3.8");
    }

    private static Event withLifecycle(Event event, Lifecycle lifecycle) {
        return new Event(event.name(), event.process(), event.aliases(), event.section(), event.description(),
                event.categories(), event.inherits(), lifecycle, event.fields(), event.source());
    }

    private ChangedItem changed(String event) {
        return report.events().changed().stream().filter(item -> item.name().equals(event)).findFirst().orElseThrow();
    }

    private static List<String> names(List<? extends Difference> differences) {
        return differences.stream().map(difference -> difference.subject().name()).toList();
    }
}
