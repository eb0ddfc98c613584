package io.eventref.history;

import io.eventref.diff.DiffReport;
import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.history.Moment.What;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Timelines of the items of one reference: what happened to each event (with its fields) and
 * category, release by release. What a release changed is the diff report from the release before
 * it ({@link io.eventref.diff.ReleaseReports}), so a timeline tells what the diff tells, renames
 * included; whether an item was there in the first release is its lifecycle's to say. An item is
 * one timeline under its current name, whatever it was called in a report, and is found by any of
 * its names. Type, value,
 * origin and process changes are the diff's alone. Pure and thread-safe; nothing is copied.
 */
public final class History {

    private static final Comparator<Version> UNDATED_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Reference reference;
    /** The moments the reports tell, by the name of the event (fields included) or category they are of. */
    private final Map<String, List<Moment>> events = new HashMap<>();
    private final Map<String, List<Moment>> categories = new HashMap<>();
    /** Every declaration of each event, by its name, each former name and each alias. */
    private final Map<String, List<Event>> declarations = new HashMap<>();
    /** The current name of each event and category, by release and the name it had then. */
    private final Map<Version, Map<String, String>> eventNames = new HashMap<>();
    private final Map<Version, Map<String, String>> categoryNames = new HashMap<>();

    /** {@code consecutive}: the report of each release with the next, oldest first; read once, here. */
    public History(Reference reference, List<DiffReport> consecutive) {
        this.reference = Objects.requireNonNull(reference, "reference");
        for (Event event : reference.events()) {
            List<String> names = new ArrayList<>(event.lifecycle().names(event.name()));
            names.addAll(event.aliases());
            names.stream().distinct().forEach(name -> declarations.computeIfAbsent(name, key -> new ArrayList<>())
                    .add(event));
        }
        for (Version release : reference.versions()) {
            Map<String, String> events = eventNames.computeIfAbsent(release, key -> new HashMap<>());
            reference.events().forEach(event -> events.put(event.lifecycle().nameIn(release, event.name()),
                    event.name()));
            Map<String, String> categories = categoryNames.computeIfAbsent(release, key -> new HashMap<>());
            reference.categories().forEach(category -> categories.put(
                    category.lifecycle().nameIn(release, category.name()), category.name()));
        }
        for (DiffReport report : consecutive) {
            for (Difference difference : report.differences()) {
                Item item = difference.subject();
                boolean category = item.kind() == Item.Kind.CATEGORY;
                String then = category ? item.category() : item.event();
                String owner = current(category ? categoryNames : eventNames, then, report);
                add(category ? categories : events, owner, Moments.of(difference, owner, null, owner));
            }
        }
    }

    /** The current name of what a report about {@code report}'s releases calls {@code then}. */
    private static String current(Map<Version, Map<String, String>> names, String then, DiffReport report) {
        String current = names.get(report.to()).get(then);
        if (current == null) {
            current = names.get(report.from()).get(then);
        }
        return current == null ? then : current;
    }

    private static void add(Map<String, List<Moment>> index, String name, Optional<Moment> moment) {
        moment.ifPresent(found -> index.computeIfAbsent(name, key -> new ArrayList<>()).add(found));
    }

    /** The timeline of the event called {@code name} (by name or alias), fields included; empty when none is. */
    public Optional<Timeline> event(String name) {
        return declarationsOf(name).stream().findFirst().map(event -> new Timeline(Timeline.Kind.EVENT, event.name(),
                sorted(moments(event.name()))));
    }

    /**
     * The timeline of the field {@code field} (by any of its names) of the event {@code event}, under
     * its current name; empty when the event never had it.
     */
    public Optional<Timeline> field(String event, String field) {
        List<Event> declarations = declarationsOf(event);
        Optional<Field> found = declarations.stream().flatMap(declaration -> everCalled(declaration, field).stream())
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = found.get().lifecycle().names(found.get().name());
        String name = declarations.get(0).name();
        List<Moment> moments = new ArrayList<>();
        for (Moment moment : moments(name)) {
            if (moment.field() != null && names.contains(moment.field())) {
                moments.add(moment);
            } else if (moment.field() == null && (moment.what() == What.ADDED || moment.what() == What.REMOVED)
                    && names.stream().anyMatch(any -> hadField(declarations, any, moment.version(),
                            moment.what() == What.REMOVED))) {
                moments.add(moment);
            }
        }
        return Optional.of(new Timeline(Timeline.Kind.FIELD, name + "." + found.get().name(), sorted(moments)));
    }

    /** The timeline of the category called {@code name}, now or before a rename. */
    public Optional<Timeline> category(String name) {
        return reference.categories().stream()
                .filter(category -> category.lifecycle().names(category.name()).contains(name))
                .findFirst()
                .map(category -> {
            List<Moment> moments = new ArrayList<>();
            if (category.lifecycle().existsIn(first())) {
                moments.add(new Moment(null, What.ADDED, null, null, null, null));
            }
            moments.addAll(categories.getOrDefault(category.name(), List.of()));
            return new Timeline(Timeline.Kind.CATEGORY, category.name(), sorted(moments));
        });
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

    /** The field of {@code event} called {@code field}, now or before a rename. */
    private static Optional<Field> everCalled(Event event, String field) {
        return event.findField(field).or(() -> event.fields().stream()
                .filter(candidate -> candidate.lifecycle().names(candidate.name()).contains(field))
                .findFirst());
    }

    /** The moments of the event called {@code name} and of its fields, as the reports tell them. */
    private List<Moment> moments(String name) {
        List<Moment> moments = new ArrayList<>();
        if (declarationsOf(name).stream().anyMatch(event -> event.lifecycle().existsIn(first()))) {
            moments.add(new Moment(null, What.ADDED, null, null, null, null));
        }
        moments.addAll(events.getOrDefault(name, List.of()));
        return moments;
    }

    /**
     * Whether a declaration of the event had {@code field} in {@code version} (when it was added), or
     * in the release before (when it was removed), as its lifecycles say.
     */
    private boolean hadField(List<Event> declarations, String field, Version version, boolean before) {
        Version release = version == null ? first() : before ? previous(version) : version;
        return release != null && declarations.stream().anyMatch(event -> event.lifecycle().existsIn(release)
                && everCalled(event, field).filter(found -> found.lifecycle().existsIn(release)).isPresent());
    }

    /** The declarations of the event called {@code name} (by name or alias), as {@link Reference#findEvents}. */
    private List<Event> declarationsOf(String name) {
        return declarations.getOrDefault(name, List.of());
    }

    private Version first() {
        return reference.versions().get(0);
    }

    private Version previous(Version release) {
        List<Version> versions = reference.versions();
        int index = versions.indexOf(release);
        return index > 0 ? versions.get(index - 1) : null;
    }

    /** By release (undated first), the item's own before its fields', then in the order of {@link What}. */
    private static List<Moment> sorted(List<Moment> moments) {
        return moments.stream()
                .sorted(Comparator.comparing(Moment::version, UNDATED_FIRST)
                        .thenComparing(moment -> moment.field() != null)
                        .thenComparing(Moment::what))
                .toList();
    }
}
