package io.eventref.history;

import io.eventref.history.Moment.What;
import io.eventref.model.Category;
import io.eventref.model.Change;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Timelines of the items of one reference: when each event, field and category was added, changed
 * (with the note), deprecated and removed. Pure and thread-safe; the reference is not copied.
 */
public final class History {

    private static final Comparator<Version> UNDATED_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Reference reference;

    public History(Reference reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * The timeline of each declaration of the event called {@code name} (now, before a rename, or as
     * an alias); empty when there is none. An event's timeline holds its fields' too: those added or
     * removed apart from the event, and their changes and deprecations.
     */
    public List<Timeline> event(String name) {
        return events(name).stream().map(History::timeline).toList();
    }

    /** The timeline of the field {@code field} (by any of its names) of each declaration of {@code event} that carries it. */
    public List<Timeline> field(String event, String field) {
        List<Timeline> timelines = new ArrayList<>();
        for (Event declaration : events(event)) {
            everCalled(declaration, field).ifPresent(found -> timelines.add(new Timeline(Timeline.Kind.FIELD,
                    declaration.name() + "." + found.name(), declaration.process(),
                    sorted(moments(found.lifecycle(), found.name(), found.origin())))));
        }
        return timelines;
    }

    /** The category called {@code name} now or before a rename. */
    public Optional<Timeline> category(String name) {
        return reference.categories().stream()
                .filter(category -> category.lifecycle().names(category.name()).contains(name))
                .findFirst()
                .map(History::timeline);
    }

    /** The events that carry a field called {@code field} (ever, under any of its names), by event name. */
    public List<Carrier> carriers(String field) {
        return reference.events().stream()
                .flatMap(event -> everCalled(event, field).stream()
                        .map(found -> new Carrier(event.name(), event.process(), found.origin(), found.lifecycle())))
                .sorted(Comparator.comparing(Carrier::event)
                        .thenComparing(Carrier::process, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private List<Event> events(String name) {
        List<Event> named = reference.findEvents(name);
        return !named.isEmpty() ? named : reference.events().stream()
                .filter(event -> event.lifecycle().names(event.name()).contains(name))
                .toList();
    }

    private static Optional<Field> everCalled(Event event, String field) {
        return event.findField(field).or(() -> event.fields().stream()
                .filter(candidate -> candidate.lifecycle().names(candidate.name()).contains(field))
                .findFirst());
    }

    /** The timeline of one declaration of an event, its fields' moments included. */
    public static Timeline timeline(Event event) {
        List<Moment> moments = new ArrayList<>(moments(event.lifecycle(), null, null));
        for (Field field : event.fields()) {
            for (Moment moment : moments(field.lifecycle(), field.name(), field.origin())) {
                if (!sameAsEvent(moment, event.lifecycle())) {
                    moments.add(moment);
                }
            }
        }
        return new Timeline(Timeline.Kind.EVENT, event.name(), event.process(), sorted(moments));
    }

    /** A field's addition or removal with its event is the event's own, not told again. */
    private static boolean sameAsEvent(Moment moment, Lifecycle event) {
        return moment.what() == What.ADDED && Objects.equals(moment.version(), event.added())
                || moment.what() == What.REMOVED && Objects.equals(moment.version(), event.removed());
    }

    private static Timeline timeline(Category category) {
        return new Timeline(Timeline.Kind.CATEGORY, category.name(), null,
                sorted(moments(category.lifecycle(), null, null)));
    }

    /**
     * What {@code lifecycle} tells, from its addition on: a group's field may have changed before the
     * event that carries it existed, which is no part of that event's history.
     */
    private static List<Moment> moments(Lifecycle lifecycle, String field, String origin) {
        List<Moment> moments = new ArrayList<>();
        moments.add(new Moment(lifecycle.added(), What.ADDED, field, origin, null));
        List<String> names = lifecycle.names(field == null ? "" : field);
        for (int i = 0; i < lifecycle.renames().size(); i++) {
            Rename rename = lifecycle.renames().get(i);
            moments.add(new Moment(rename.version(), What.RENAMED, field == null ? null : names.get(i + 1), origin,
                    rename.note(), rename.from()));
        }
        for (Change change : lifecycle.changes()) {
            moments.add(new Moment(change.version(), What.CHANGED, field, origin, change.note()));
        }
        if (lifecycle.deprecated() != null) {
            moments.add(new Moment(lifecycle.deprecated(), What.DEPRECATED, field, origin, lifecycle.deprecatedNote()));
        }
        if (lifecycle.removed() != null) {
            moments.add(new Moment(lifecycle.removed(), What.REMOVED, field, origin, lifecycle.removedNote()));
        }
        return moments.stream()
                .filter(moment -> moment.what() == What.ADDED || lifecycle.added() == null
                        || !moment.version().isBefore(lifecycle.added()))
                .toList();
    }

    /** By release (undated first); the item's own before its fields'; then added, changed, deprecated, removed. */
    private static List<Moment> sorted(List<Moment> moments) {
        return moments.stream()
                .sorted(Comparator.comparing(Moment::version, UNDATED_FIRST)
                        .thenComparing(moment -> moment.field() != null)
                        .thenComparing(Moment::what))
                .toList();
    }
}
