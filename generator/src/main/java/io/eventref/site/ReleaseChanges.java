package io.eventref.site;

import io.eventref.diff.ChangedItem;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Difference;
import io.eventref.diff.Outline;
import io.eventref.diff.Item;
import io.eventref.model.Description;
import io.eventref.model.Event;
import io.eventref.model.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one release changed, as its page lists it, by kind of change: the diff report from the
 * release before, each difference an entry that links the event, field, group or category.
 */
final class ReleaseChanges {

    private final PageContext context;
    private final String path;
    /** The report being listed: its entries speak of things as they were called in its releases. */
    private DiffReport report;

    /** {@code path}: the release page the entries' links start from. */
    ReleaseChanges(PageContext context, String path) {
        this.context = context;
        this.path = path;
    }

    List<ReleasePage.Part> parts(DiffReport report) {
        this.report = report;
        Outline events = report.events();
        List<ChangedItem> changed = events.changed();
        List<ReleasePage.Part> parts = new ArrayList<>();
        add(parts, "events-added", "Events added", events.added().stream()
                .map(added -> event(added.subject().name(), summary(added.subject().name()))).toList());
        add(parts, "events-renamed", "Events renamed", events.renamed().stream()
                .map(renamed -> event(renamed.subject().name(), noted("Renamed from " + renamed.before().name(),
                        renamed.note()))).toList());
        add(parts, "fields-added", "Fields added to existing events", fields(changed, Difference.Added.class).stream()
                .map(added -> field(added.subject(), fieldSummary(added.subject()) + via(added.subject()))).toList());
        add(parts, "fields-renamed", "Fields renamed", fields(changed, Difference.Renamed.class).stream()
                .map(renamed -> field(renamed.subject(), noted("Renamed from " + renamed.before().field(),
                        renamed.note()))).toList());
        add(parts, "changed", "Changed", changes(report));
        List<ListItem> deprecated = new ArrayList<>(events.deprecated().stream()
                .map(item -> event(item.subject().name(), noted("Deprecated", item.note()))).toList());
        fields(changed, Difference.Deprecated.class).forEach(item -> deprecated.add(field(item.subject(),
                noted("Deprecated", item.note()))));
        add(parts, "deprecated", "Deprecated", deprecated);
        add(parts, "events-removed", "Events removed", events.removed().stream()
                .map(removed -> event(removed.subject().name(), removed.note() == null
                        ? summary(removed.subject().name()) : removed.note())).toList());
        add(parts, "fields-removed", "Fields removed from events", fields(changed, Difference.Removed.class).stream()
                .map(removed -> field(removed.subject(), (removed.note() == null
                        ? fieldSummary(removed.subject()) : removed.note()) + via(removed.subject()))).toList());
        add(parts, "categories", "Categories", categories(report.categories()));
        return parts;
    }

    private static void add(List<ReleasePage.Part> parts, String id, String heading, List<ListItem> items) {
        if (!items.isEmpty()) {
            parts.add(new ReleasePage.Part(id, heading, items));
        }
    }

    /** The differences of {@code type} about the fields of the events in both releases, event by event. */
    private static <T extends Difference> List<T> fields(List<ChangedItem> changed, Class<T> type) {
        return changed.stream().flatMap(item -> item.fields(type).stream()).toList();
    }

    /** Change notes, and how fields' types, values and origins and events' processes changed. */
    private List<ListItem> changes(DiffReport report) {
        Map<String, ListItem> items = new LinkedHashMap<>();
        for (ChangedItem item : report.events().changed()) {
            for (Difference difference : item.differences()) {
                Item subject = difference.subject();
                if (difference instanceof Difference.Noted noted) {
                    note(items, subject, noted.note());
                } else if (difference instanceof Difference.TypeChanged retyped) {
                    items.put(key(subject), field(subject, "Type " + retyped.before().id() + " → "
                            + retyped.after().id()));
                } else if (difference instanceof Difference.ValuesChanged values) {
                    items.put(key(subject), field(subject, "Allowed values " + values(values.before()) + " → "
                            + values(values.after())));
                } else if (difference instanceof Difference.OriginChanged moved) {
                    items.put(key(subject), field(subject, "Comes from " + moved.before() + " → " + moved.after()));
                } else if (difference instanceof Difference.ProcessesChanged processes) {
                    items.put(key(subject), event(subject.event(), "Processes " + String.join(", ", processes.before())
                            + " → " + String.join(", ", processes.after())));
                }
            }
        }
        for (ChangedItem item : report.categories().changed()) {
            item.own(Difference.Noted.class).forEach(noted -> items.putIfAbsent("category " + item.name(),
                    category(item.name(), "category " + item.name(), noted.note())));
        }
        return List.copyOf(items.values());
    }

    /** A note of a field that comes through a group is the group's: listed once, under the group. */
    private void note(Map<String, ListItem> items, Item subject, String note) {
        if (subject.kind() == Item.Kind.EVENT) {
            items.putIfAbsent(subject.event(), event(subject.event(), note));
        } else if (subject.isInherited() && context.group(subject.origin()).isPresent()) {
            String key = subject.origin() + "." + subject.field();
            items.putIfAbsent(key, new ListItem(SiteLinks.relative(path, SiteLinks.group(subject.origin())) + "#"
                    + SiteLinks.fieldAnchor(subject.field()), key, note, List.of(), Lifespan.ALWAYS));
        } else {
            items.putIfAbsent(key(subject), field(subject, note));
        }
    }

    private List<ListItem> categories(Outline categories) {
        List<ListItem> items = new ArrayList<>();
        categories.added().forEach(added -> items.add(category(added.subject().name(), added.subject().name(),
                "Category added.")));
        categories.renamed().forEach(renamed -> items.add(category(renamed.subject().name(), renamed.subject().name(),
                noted("Category renamed from " + renamed.before().name(), renamed.note()))));
        categories.deprecated().forEach(deprecated -> items.add(category(deprecated.subject().name(),
                deprecated.subject().name(), noted("Category deprecated", deprecated.note()))));
        categories.removed().forEach(removed -> items.add(category(removed.subject().name(), removed.subject().name(),
                noted("Category removed", removed.note()))));
        return items;
    }

    private ListItem event(String name, String summary) {
        return new ListItem(SiteLinks.relative(path, SiteLinks.event(current(name))), name, summary, List.of(),
                Lifespan.ALWAYS);
    }

    private ListItem field(Item subject, String summary) {
        String event = current(subject.event());
        String field = context.currentField(event, subject.field(), report.to());
        if (field.equals(subject.field())) {
            field = context.currentField(event, subject.field(), report.from());
        }
        return new ListItem(SiteLinks.relative(path, SiteLinks.event(event)) + "#" + SiteLinks.fieldAnchor(field),
                key(subject), summary, List.of(), Lifespan.ALWAYS);
    }

    private ListItem category(String name, String label, String summary) {
        String current = context.currentCategory(name, report.to());
        if (current.equals(name)) {
            current = context.currentCategory(name, report.from());
        }
        return new ListItem(SiteLinks.relative(path, SiteLinks.category(current)), label, summary, List.of(),
                Lifespan.ALWAYS);
    }

    /** The current name of the event the report calls {@code name} (in its newer release, else its older). */
    private String current(String name) {
        String current = context.currentEvent(name, report.to());
        return current.equals(name) ? context.currentEvent(name, report.from()) : current;
    }

    private static String key(Item subject) {
        return subject.kind() == Item.Kind.FIELD ? subject.event() + "." + subject.field() : subject.name();
    }

    private String summary(String event) {
        List<Event> declarations = context.declarations(current(event));
        return declarations.isEmpty() ? "" : context.sanitizer().summary(declarations.get(0).description());
    }

    /** The summary of the field's description on its event (the first declaration that has it). */
    private String fieldSummary(Item subject) {
        String event = current(subject.event());
        String field = context.currentField(event, subject.field(), report.to());
        Optional<Description> description = context.declarations(event).stream()
                .flatMap(declaration -> declaration.findField(field).stream())
                .map(Field::description)
                .findFirst();
        return description.map(context.sanitizer()::summary).orElse("");
    }

    private static String via(Item subject) {
        return subject.isInherited() ? " (from " + subject.origin() + ")" : "";
    }

    private static String noted(String text, String note) {
        return note == null || note.isBlank() ? text : text + ": " + note;
    }

    private static String values(List<String> values) {
        return values.isEmpty() ? "any value" : String.join(", ", values);
    }
}
