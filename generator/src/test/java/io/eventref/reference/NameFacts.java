package io.eventref.reference;

import io.eventref.model.AllowedValue;
import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Release;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the model says happened to a name (of an event, of a field on an event, of a category) from
 * one release to the next along a span of releases: the name came (as a new item, or by a rename),
 * went (removed, or renamed away), passed to another item, or its item changed or was deprecated.
 * Items are those of the whole reference, with their lifecycles; an item exists in a release when
 * its lifecycle says so and the release documents its edition.
 */
final class NameFacts {

    private NameFacts() {
    }

    /** What happened in a release. */
    enum Fact {
        ADDED, RENAMED_IN, REMOVED, RENAMED_OUT, REPLACED, CHANGED, DEPRECATED,
        /** A field that came with its event (which says so itself). */
        CAME_WITH_EVENT,
        /** A field that went with its event. */
        WENT_WITH_EVENT
    }

    /** A fact, the release it happened in, and what the model says of it. */
    record Dated(Fact fact, Version version, String detail) {
        @Override
        public String toString() {
            return fact.name().toLowerCase(java.util.Locale.ROOT).replace("_in", "").replace("_out", " away")
                    .replace('_', ' ') + " in " + version + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** One thing of the model that may carry a name: an event, a field of an event, a category. */
    interface Item {
        boolean exists(Release release);

        /** The name the item has in {@code release} (when it exists). */
        String nameIn(Release release);

        /** Whether {@code name} is an alias of the item (events only). */
        default boolean aliased(String name) {
            return false;
        }

        Lifecycle lifecycle();

        default List<AllowedValue> values() {
            return List.of();
        }

        /** Change releases that belong to something else (the event that a field is on). */
        default Set<Version> othersChanges() {
            return Set.of();
        }

        default boolean calls(Release release, String name) {
            return exists(release) && (nameIn(release).equals(name) || aliased(name));
        }
    }

    /** The facts of {@code name}, and whether some release of the span has it. */
    record Result(boolean present, List<Dated> facts) {
    }

    static Item event(Event event) {
        return new Item() {
            @Override
            public boolean exists(Release release) {
                return event.lifecycle().existsIn(release.version()) && release.covers(event.edition());
            }

            @Override
            public String nameIn(Release release) {
                return event.lifecycle().nameIn(release.version(), event.name());
            }

            @Override
            public boolean aliased(String name) {
                return event.aliases().contains(name);
            }

            @Override
            public Lifecycle lifecycle() {
                return event.lifecycle();
            }
        };
    }

    static Item field(Event event, Field field) {
        Item on = event(event);
        return new Item() {
            @Override
            public boolean exists(Release release) {
                return on.exists(release) && field.lifecycle().existsIn(release.version());
            }

            @Override
            public String nameIn(Release release) {
                return field.lifecycle().nameIn(release.version(), field.name());
            }

            @Override
            public Lifecycle lifecycle() {
                return field.lifecycle();
            }

            @Override
            public List<AllowedValue> values() {
                return field.allowed();
            }

            @Override
            public Set<Version> othersChanges() {
                return event.lifecycle().changes().stream().map(change -> change.version()).collect(Collectors.toSet());
            }
        };
    }

    static Item category(Category category) {
        return new Item() {
            @Override
            public boolean exists(Release release) {
                return category.lifecycle().existsIn(release.version()) && release.covers(category.edition());
            }

            @Override
            public String nameIn(Release release) {
                return category.lifecycle().nameIn(release.version(), category.name());
            }

            @Override
            public Lifecycle lifecycle() {
                return category.lifecycle();
            }
        };
    }

    /**
     * The facts of {@code name} among {@code items} along {@code span} (its first release is the one
     * before the span of interest). {@code parent} says whether the thing the name is on (the event
     * of a field) has its name in a release; a field's name comes and goes with it without a fact of
     * its own.
     */
    static Result of(List<Item> items, String name, List<Release> span, Predicate<Release> parent) {
        List<Dated> facts = new ArrayList<>();
        boolean present = items.stream().anyMatch(item -> item.calls(span.get(0), name)) && parent.test(span.get(0));
        for (int i = 1; i < span.size(); i++) {
            Release before = span.get(i - 1);
            Release release = span.get(i);
            List<Item> then = items.stream().filter(item -> item.calls(before, name)).toList();
            List<Item> now = items.stream().filter(item -> item.calls(release, name)).toList();
            present |= !now.isEmpty() && parent.test(release);
            Version version = release.version();
            if (!parent.test(release) || !parent.test(before)) {
                if (now.isEmpty() != then.isEmpty() && (parent.test(release) || parent.test(before))) {
                    facts.add(new Dated(now.isEmpty() ? Fact.WENT_WITH_EVENT : Fact.CAME_WITH_EVENT, version, ""));
                }
                continue;
            }
            if (then.isEmpty() && !now.isEmpty()) {
                Item renamed = now.stream().filter(item -> item.exists(before)).findFirst().orElse(null);
                facts.add(renamed == null ? new Dated(Fact.ADDED, version, "")
                        : new Dated(Fact.RENAMED_IN, version, "from " + renamed.nameIn(before)));
            } else if (!then.isEmpty() && now.isEmpty()) {
                Item renamed = then.stream().filter(item -> item.exists(release)).findFirst().orElse(null);
                facts.add(renamed == null ? new Dated(Fact.REMOVED, version, "")
                        : new Dated(Fact.RENAMED_OUT, version, "to " + renamed.nameIn(release)));
            } else if (!then.isEmpty() && !then.equals(now)) {
                facts.add(new Dated(Fact.REPLACED, version, "the name passed to another item"));
            }
            for (Item item : now) {
                changes(item, version, facts);
            }
        }
        return new Result(present, facts);
    }

    private static void changes(Item item, Version version, List<Dated> facts) {
        item.lifecycle().changes().stream()
                .filter(change -> change.version().equals(version) && !item.othersChanges().contains(version))
                .forEach(change -> facts.add(new Dated(Fact.CHANGED, version, String.valueOf(change.note()))));
        if (version.equals(item.lifecycle().deprecated())) {
            facts.add(new Dated(Fact.DEPRECATED, version, ""));
        }
        for (AllowedValue value : item.values()) {
            Lifecycle lifecycle = value.lifecycle();
            boolean renamed = lifecycle.renames().stream().map(Rename::version).anyMatch(version::equals);
            if (version.equals(lifecycle.added()) || version.equals(lifecycle.removed()) || renamed) {
                facts.add(new Dated(Fact.CHANGED, version, "value " + value.value()));
            }
        }
    }
}
