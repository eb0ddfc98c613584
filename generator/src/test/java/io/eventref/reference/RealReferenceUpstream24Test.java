package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import io.eventref.reference.NameFacts.Dated;
import io.eventref.reference.NameFacts.Fact;
import io.eventref.reference.UpstreamTsv.Row;
import io.eventref.reference.UpstreamTsv.Tag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the model to the upstream Dovecot 2.4 reference ({@code reference/dovecot-2.4-events.tsv}):
 * every event, every field of an event (its own rows, and the rows of the groups that upstream says
 * it inherits, whatever our groups are called), every category and global group is in the 2.4
 * releases of the model by one of its names, with the releases of upstream's added, changed,
 * deprecated and removed tags as our markers, and every event has its root category. Where we know
 * better (from the real servers of the conformance harness and the sources), the disagreement is
 * listed with its reason in {@code reference/dovecot-2.4-events-exceptions.tsv}; any other fails,
 * and so does an exception that no longer applies.
 */
class RealReferenceUpstream24Test {

    private static Reference reference;
    private static UpstreamTsv upstream;
    private static Exceptions exceptions;
    /** The last release before 2.4.0, then the 2.4 releases. */
    private static List<Release> span;

    @BeforeAll
    static void load() {
        reference = RealReference.reference();
        upstream = new UpstreamTsv(Fixtures.read(Fixtures.reference("dovecot-2.4-events.tsv")));
        exceptions = new Exceptions(Fixtures.read(Fixtures.reference("dovecot-2.4-events-exceptions.tsv")));
        Version first = Version.parse("2.4.0");
        List<Release> releases = reference.releases();
        int start = 0;
        while (start + 1 < releases.size() && releases.get(start + 1).version().isBefore(first)) {
            start++;
        }
        span = releases.subList(start, releases.size()).stream()
                .filter(release -> release.version().isBefore(Version.parse("2.5")))
                .toList();
    }

    /**
     * Which model facts a tag of upstream accepts (a rename is upstream's "changed" on the new name,
     * or an addition of it; a field that came with its event is added with it).
     */
    private static final Map<Tag, Set<Fact>> ACCEPTS = Map.of(
            Tag.ADDED, EnumSet.of(Fact.ADDED, Fact.RENAMED_IN, Fact.CAME_WITH_EVENT),
            Tag.CHANGED, EnumSet.of(Fact.CHANGED, Fact.RENAMED_IN, Fact.REPLACED),
            Tag.DEPRECATED, EnumSet.of(Fact.DEPRECATED),
            Tag.REMOVED, EnumSet.of(Fact.REMOVED, Fact.RENAMED_OUT, Fact.WENT_WITH_EVENT));

    /** The tag a fact of the model needs upstream to have (a field that comes or goes with its event needs none). */
    private static final Map<Fact, Tag> NEEDS = Map.of(
            Fact.ADDED, Tag.ADDED, Fact.RENAMED_IN, Tag.CHANGED, Fact.REPLACED, Tag.CHANGED, Fact.CHANGED, Tag.CHANGED,
            Fact.DEPRECATED, Tag.DEPRECATED, Fact.REMOVED, Tag.REMOVED, Fact.RENAMED_OUT, Tag.REMOVED);

    @Test
    void everyEventIsInThe24ReleasesWithItsVersions() {
        List<String> found = new ArrayList<>();
        for (Row row : upstream.rows("event")) {
            List<NameFacts.Item> items = reference.events().stream().map(NameFacts::event).toList();
            compare(row, row.tags(), NameFacts.of(items, row.name(), span, release -> true), found);
        }
        assertThat(exceptions.unexplained(found, "event")).isEmpty();
    }

    @Test
    void everyFieldOfAnEventIsOnItInThe24ReleasesWithItsVersions() {
        List<String> found = new ArrayList<>();
        int pairs = 0;
        for (Row row : upstream.rows("event_field")) {
            compareField(row, upstream.event(row.name()), found);
            pairs++;
        }
        for (Row row : upstream.rows("group_field")) {
            for (Row event : upstream.eventsInheriting(row.name())) {
                compareField(row, event, found);
                pairs++;
            }
        }
        assertThat(pairs).as("(event, field) pairs of upstream").isEqualTo(966);
        assertThat(exceptions.unexplained(found, "event_field", "group_field")).isEmpty();
    }

    /** A field row (of the event, or of a group it inherits) on {@code event}. */
    private static void compareField(Row row, Row event, List<String> found) {
        List<Event> declarations = reference.events().stream()
                .filter(candidate -> candidate.lifecycle().names(candidate.name()).contains(event.name())
                        || candidate.aliases().contains(event.name()))
                .toList();
        List<NameFacts.Item> items = new ArrayList<>();
        for (Event declaration : declarations) {
            Stream.concat(declaration.fields().stream(), declaration.contextFields().stream())
                    .filter(field -> field.lifecycle().names(field.name()).contains(row.field()))
                    .forEach(field -> items.add(NameFacts.field(declaration, field)));
        }
        List<NameFacts.Item> events = declarations.stream().map(NameFacts::event).toList();
        Predicate<Release> eventThere = release -> events.stream().anyMatch(item -> item.calls(release, event.name()));
        // A field comes and goes with its event: the event's tags are the field's where the field has none.
        Map<Tag, List<Version>> tags = new LinkedHashMap<>(row.tags());
        for (Tag tag : List.of(Tag.ADDED, Tag.REMOVED)) {
            if (tags.get(tag).isEmpty()) {
                tags.put(tag, event.tags().get(tag));
            }
        }
        compare(row, tags, NameFacts.of(items, row.field(), span, eventThere), found,
                " (on " + event.name() + ")");
    }

    @Test
    void everyCategoryIsInThe24ReleasesWithItsVersions() {
        List<String> found = new ArrayList<>();
        List<NameFacts.Item> items = reference.categories().stream().map(NameFacts::category).toList();
        for (Row row : upstream.rows("category")) {
            compare(row, row.tags(), NameFacts.of(items, row.name(), span, release -> true), found);
        }
        assertThat(exceptions.unexplained(found, "category")).isEmpty();
    }

    @Test
    void theGlobalGroupsAreGlobalFields() {
        Set<String> global = new TreeSet<>();
        reference.globalFields().forEach(field -> global.addAll(field.lifecycle().names(field.name())));

        assertThat(upstream.rows("global_group")).extracting(Row::name).isNotEmpty().allSatisfy(name ->
                assertThat(global).contains(name));
    }

    @Test
    void everyEventHasItsRootCategoryInThe24Releases() {
        List<String> found = new ArrayList<>();
        Release last = span.get(span.size() - 1);
        Reference asOf = reference.asOf(last.version());
        for (Row row : upstream.rows("event")) {
            if (row.rootCategory().isEmpty()) {
                continue;
            }
            Set<String> categories = new HashSet<>();
            asOf.findEvents(row.name()).forEach(event -> event.categories().forEach(name -> ancestors(asOf, name,
                    categories)));
            if (!categories.isEmpty() && !categories.contains(row.rootCategory())) {
                found.add(row.key() + "\troot-category\tupstream: " + row.rootCategory() + "; the model as of "
                        + last.version() + ": " + new TreeSet<>(categories));
            }
        }
        assertThat(exceptions.unexplained(found, "event")).isEmpty();
    }

    private static void ancestors(Reference asOf, String name, Set<String> into) {
        while (name != null && into.add(name)) {
            name = asOf.findCategory(name).map(Category::parent).orElse(null);
        }
    }

    @Test
    void everyExceptionIsStillADisagreement() {
        everyEventIsInThe24ReleasesWithItsVersions();
        everyFieldOfAnEventIsOnItInThe24ReleasesWithItsVersions();
        everyCategoryIsInThe24ReleasesWithItsVersions();
        everyEventHasItsRootCategoryInThe24Releases();

        assertThat(exceptions.unused()).as("exceptions that no disagreement needs").isEmpty();
    }

    private static void compare(Row row, Map<Tag, List<Version>> tags, NameFacts.Result result, List<String> found) {
        compare(row, tags, result, found, "");
    }

    /**
     * Adds to {@code found} what disagrees: {@code kind name field what message}, {@code what} being
     * {@code missing} or the tag whose releases differ.
     */
    private static void compare(Row row, Map<Tag, List<Version>> tags, NameFacts.Result result, List<String> found,
            String where) {
        if (!result.present()) {
            found.add(row.key() + "\tmissing\tin no 2.4 release of the model" + where);
            return;
        }
        for (Tag tag : Tag.values()) {
            for (Version version : tags.get(tag)) {
                // A field of a group that upstream added in X is there from the start on an event that came after X.
                boolean met = result.facts().stream().anyMatch(fact -> ACCEPTS.get(tag).contains(fact.fact())
                        && (fact.version().equals(version)
                                || fact.fact() == Fact.CAME_WITH_EVENT && fact.version().isAfter(version)));
                if (!met) {
                    found.add(row.key() + "\t" + tag.label() + "\tupstream: " + tag.label() + " in " + version
                            + "; the model: " + describe(result.facts()) + where);
                }
            }
        }
        for (Dated fact : result.facts()) {
            boolean told = ACCEPTS.entrySet().stream().anyMatch(entry -> entry.getValue().contains(fact.fact())
                    && tags.get(entry.getKey()).contains(fact.version()));
            Tag tag = NEEDS.get(fact.fact());
            if (!told && tag != null) {
                found.add(row.key() + "\t" + tag.label() + "\tthe model: " + fact + "; upstream: "
                        + (tags.get(tag).isEmpty() ? "no " + tag.label() + " tag" : tag.label() + " in " + tags.get(tag))
                        + where);
            }
        }
    }

    private static String describe(List<Dated> facts) {
        return facts.isEmpty() ? "nothing in 2.4" : facts.toString();
    }

    /**
     * The known disagreements: {@code kind name field what reason}, tab-separated, one a line
     * ({@code #} comments). A disagreement is explained by the row with its kind, name, field and what.
     */
    static final class Exceptions {

        private final Map<String, String> reasons = new LinkedHashMap<>();
        private final Set<String> used = new HashSet<>();

        Exceptions(String text) {
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertThat(cells).as("an exception: kind, name, field, what, reason: %s", line).hasSize(5);
                assertThat(cells[4]).as("the reason of %s", line).isNotBlank();
                String key = String.join("\t", cells[0], cells[1], cells[2], cells[3]);
                assertThat(reasons.put(key, cells[4])).as("exception listed twice: %s", key).isNull();
            }
        }

        /** The disagreements among {@code found} (of rows of {@code kinds}) that no exception explains. */
        synchronized List<String> unexplained(List<String> found, String... kinds) {
            List<String> left = new ArrayList<>();
            for (String disagreement : found) {
                String[] cells = disagreement.split("\t", -1);
                String key = String.join("\t", cells[0], cells[1], cells[2], cells[3]);
                if (reasons.containsKey(key)) {
                    used.add(key);
                } else {
                    left.add(disagreement.replace('\t', ' '));
                }
            }
            return left.stream().distinct().toList();
        }

        synchronized List<String> unused() {
            return reasons.keySet().stream().filter(key -> !used.contains(key)).map(key -> key.replace('\t', ' '))
                    .toList();
        }
    }
}
