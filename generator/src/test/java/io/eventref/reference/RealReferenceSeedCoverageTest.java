package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventref.content.ContentDraft;
import io.eventref.content.FileDraft;
import io.eventref.content.ItemDraft;
import io.eventref.content.Marker;
import io.eventref.content.MarkerKind;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the model against the seed (the text dump of the upstream Events page): every event name,
 * every field row under its event, and every version marker reach the model.
 */
class RealReferenceSeedCoverageTest {

    private static Reference reference;
    private static ContentDraft drafts;
    private static SeedPage seed;

    @BeforeAll
    static void load() {
        reference = RealReference.reference();
        drafts = RealReference.drafts();
        seed = RealReference.seed();
    }

    /**
     * 2.3 markers of what the content documents beyond the seed, from the 2.3.19 conformance
     * capture and the sources: versions of the added fields and groups, renames, removals. A change
     * here is a change of the 2.3 facts, to be reviewed as such.
     */
    private static final int MARKERS_BEYOND_SEED = 27;

    /** The upstream page spells one event two ways; the code emits the second. */
    private static String emitted(String seedName) {
        return seedName.equals("auth_client_request_continue") ? "auth_client_request_continued" : seedName;
    }

    private static List<Event> declarations(String seedName) {
        List<Event> events = reference.findEvents(seedName);
        assertThat(events).as("model events called %s", seedName).isNotEmpty();
        return events;
    }

    @Test
    void everyEventNameOfTheSeedIsAnEventOrAnAliasOfOne() {
        Set<String> seedNames = seed.eventNames();
        Set<String> modelNames = new TreeSet<>();
        reference.events().forEach(event -> {
            modelNames.add(event.name());
            modelNames.addAll(event.aliases());
        });

        assertThat(seedNames).hasSize(116);
        // The seed's events, and besides them only events that a real server emitted (the
        // conformance captures) or that are new in the 2.4 line, which the 2.3 seed cannot know.
        Set<String> beyondSeed = new TreeSet<>(modelNames);
        beyondSeed.removeAll(seedNames);
        assertThat(modelNames).containsAll(seedNames);
        Set<String> observed = RealReference.observedEvents();
        assertThat(beyondSeed).allSatisfy(name -> assertThat(observed.contains(name)
                || reference.findEvent(name).orElseThrow().lifecycle().added().compareTo(Version.parse("2.4")) >= 0)
                .as("%s is in a conformance capture or new in 2.4", name).isTrue());
        assertThat(reference.events().stream().map(Event::name).distinct())
                .hasSize(115 + beyondSeed.size());
        assertThat(reference.requireEvent("auth_client_request_continue").name())
                .isEqualTo("auth_client_request_continued");
    }

    @Test
    void theGroupHeadingsOfTheSeedAreGroupsNotEvents() {
        for (String heading : List.of("fs", "fs_file", "fs_iter")) {
            assertThat(reference.findGroup(heading)).as("group %s", heading).isPresent();
            assertThat(reference.findEvent(heading)).as("event %s", heading).isEmpty();
        }
        assertThat(reference.findEvent("obox")).isEmpty();
    }

    @Test
    void everyFieldRowUnderAnEventHeadingIsCarriedByThatEvent() {
        AtomicInteger pairs = new AtomicInteger();
        seed.eventRows().forEach((index, rows) -> {
            String name = seed.blocks().get(index).heading();
            Set<String> carried = new TreeSet<>();
            // A field renamed in 2.4 carries the seed's (2.3) name among its names.
            declarations(name).forEach(event -> event.fields()
                    .forEach(field -> carried.addAll(field.lifecycle().names(field.name()))));
            for (SeedPage.Row row : rows) {
                assertThat(carried).as("fields of %s", name).contains(row.field());
                pairs.incrementAndGet();
            }
        });
        assertThat(pairs.get()).as("(event heading, field row) pairs of the seed").isEqualTo(341);
    }

    @Test
    void everyFieldRowOfTheSeedIsAFieldOfTheModel() {
        Set<String> modelFields = new TreeSet<>();
        reference.globalFields().forEach(field -> modelFields.addAll(field.lifecycle().names(field.name())));
        reference.groups().forEach(group -> group.fields()
                .forEach(field -> modelFields.addAll(field.lifecycle().names(field.name()))));
        reference.events().forEach(event -> event.fields()
                .forEach(field -> modelFields.addAll(field.lifecycle().names(field.name()))));
        List<String> seedFields = new ArrayList<>();
        seed.fieldBlocks().forEach(block -> SeedPage.rows(block).forEach(row -> seedFields.add(row.field())));

        // 419 lines of the dump look like "name |"; one ("as |") is the wrapped end of a description.
        assertThat(seedFields).as("field rows of the seed").hasSize(418);
        assertThat(modelFields).containsAll(seedFields);
    }

    @Test
    void everyMarkerUnderAnEventHeadingIsThatEventsLifecycle() {
        int checked = 0;
        for (int i = 0; i < seed.blocks().size(); i++) {
            SeedPage.Block block = seed.blocks().get(i);
            if (!SeedPage.isEventHeading(block.heading())) {
                continue;
            }
            String prose = String.join("\n", block.lines().subList(0, proseEnd(block)));
            Matcher marker = SeedPage.MARKER.matcher(prose);
            while (marker.find()) {
                Version version = Version.parse(marker.group(2));
                for (Event event : declarations(emitted(block.heading()))) {
                    switch (marker.group(1)) {
                        case "New" -> assertThat(event.lifecycle().added()).as("added of %s", event.name())
                                .isEqualTo(version);
                        case "Removed" -> assertThat(event.lifecycle().removed()).as("removed of %s", event.name())
                                .isEqualTo(version);
                        default -> assertThat(event.lifecycle().changes()).as("changes of %s", event.name())
                                .anyMatch(change -> change.version().equals(version));
                    }
                }
                checked++;
            }
        }
        assertThat(checked).as("markers under event headings").isEqualTo(40);
    }

    /** Where a block's table starts (its prose ends), or its end. */
    private static int proseEnd(SeedPage.Block block) {
        int end = block.lines().size();
        for (String header : List.of("Field |", "Field | Description |", "Category |")) {
            int candidate = block.lines().indexOf(header);
            if (candidate >= 0 && candidate < end) {
                end = candidate;
            }
        }
        return end;
    }

    @Test
    void everyMarkerInAFieldRowIsThatFieldsVersionInTheModel() {
        int checked = 0;
        for (SeedPage.Block block : seed.fieldBlocks()) {
            for (SeedPage.Row row : SeedPage.rows(block)) {
                Matcher marker = SeedPage.MARKER.matcher(row.description());
                while (marker.find()) {
                    Version version = Version.parse(marker.group(2));
                    String kind = marker.group(1);
                    assertThat(ownFields(row.field()))
                            .as("a declaration of %s (under '%s') that says %s in %s", row.field(), block.heading(),
                                    kind, version)
                            .anyMatch(field -> kind.equals("New") ? version.equals(field.lifecycle().added())
                                    : field.lifecycle().changes().stream()
                                            .anyMatch(change -> change.version().equals(version)));
                    checked++;
                }
            }
        }
        assertThat(checked).as("markers in field rows").isEqualTo(40);
    }

    private static List<Field> ownFields(String name) {
        return Stream.concat(
                        reference.groups().stream().flatMap(group -> group.ownFields().stream()),
                        reference.events().stream().flatMap(event -> event.fields().stream()
                                .filter(field -> Field.OWN.equals(field.origin()))))
                .filter(field -> field.lifecycle().names(field.name()).contains(name))
                .toList();
    }

    @Test
    void everyMarkerUnderAGroupOrSectionHeadingIsOnTheSameHeadingOfTheContent() {
        int checked = 0;
        for (SeedPage.Block block : seed.blocks()) {
            if (SeedPage.isEventHeading(block.heading())) {
                continue;
            }
            // Markers in category rows are checked with the categories.
            Matcher marker = SeedPage.MARKER.matcher(String.join("\n", block.lines().subList(0, proseEnd(block))));
            while (marker.find()) {
                Version version = Version.parse(marker.group(2));
                MarkerKind kind = marker.group(1).equals("New") ? MarkerKind.NEW : MarkerKind.CHANGED;
                assertThat(headingsNamed(block.heading()))
                        .as("a content heading '%s' with %s in %s", block.heading(), kind, version)
                        .anyMatch(item -> item.markers().stream()
                                .anyMatch(m -> m.version().equals(version)
                                        && (m.kind() == kind || kind == MarkerKind.NEW)));
                checked++;
            }
        }
        assertThat(checked).as("markers under group and section headings").isEqualTo(7);
    }

    private static List<ItemDraft> headingsNamed(String heading) {
        String wanted = heading.toLowerCase(Locale.ROOT);
        List<ItemDraft> items = new ArrayList<>();
        for (FileDraft file : drafts.files()) {
            for (ItemDraft item : file.items()) {
                if (item.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    @Test
    void everyCategoryOfTheSeedIsACategoryWithItsMarkers() {
        List<SeedPage.Row> rows = seed.categoryRows();
        Set<String> names = new TreeSet<>();
        reference.categories().forEach(category -> names.add(category.name()));

        // The dump lost the mail row; its Mailbox table names its row storage (it is mailbox).
        assertThat(rows).hasSize(49);
        assertThat(names).containsAll(rows.stream().map(SeedPage.Row::field).toList()).contains("mail", "mailbox");
        assertThat(reference.requireCategory("http-client").lifecycle().added()).isEqualTo(Version.parse("2.3.16"));
        // The seed's "Changed in version 2.3.11: previously named push_notification" is a rename in the model.
        assertThat(reference.requireCategory("push-notification").lifecycle().renames())
                .extracting(rename -> rename.version().toString(), Rename::from)
                .containsExactly(tuple("2.3.11", "push_notification"));
        assertThat(reference.requireCategory("sieve").lifecycle().added()).isEqualTo(Version.parse("2.3.11"));
        assertThat(reference.requireCategory("mail").parent()).isEqualTo("mailbox");
    }

    @Test
    void theContentHasEveryMarkerOfTheSeedAndOneMore() {
        AtomicInteger content = new AtomicInteger();
        for (FileDraft file : drafts.files()) {
            file.items().forEach(item -> {
                content.addAndGet(of23(item.markers()));
                item.fields().forEach(field -> content.addAndGet(of23(field.markers())));
            });
            file.categories().forEach(category -> content.addAndGet(of23(category.markers())));
            file.globalFields().forEach(field -> content.addAndGet(of23(field.markers())));
        }
        Map<String, Long> seedKinds = new java.util.TreeMap<>();
        seed.markers().forEach(m -> seedKinds.merge(m.substring(0, m.indexOf(' ')), 1L, Long::sum));

        assertThat(seedKinds).containsExactlyInAnyOrderEntriesOf(Map.of("Changed", 3L, "New", 85L, "Removed", 1L));
        // The Sieve categories heading's "New in version 2.3.11: makes sieve the parent..." became two
        // markers: New on the sieve category, Changed on the heading that holds the sieve-* ones.
        assertThat(content.get()).isEqualTo(seed.markers().size() + 1 + MARKERS_BEYOND_SEED);
    }

    /** The markers of 2.3 releases, which the seed (the 2.3 page) has; the 2.4 ones come from elsewhere. */
    private static int of23(List<Marker> markers) {
        return (int) markers.stream().filter(marker -> marker.version().isBefore(Version.parse("2.4"))).count();
    }
}
