package io.eventref.diff;

import io.eventref.model.Change;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An event as integrators see it: by name. An event declared once per emitting process has several
 * declarations; its fields are theirs together (the first declaration's field of a name wins).
 */
record NamedEvent(String name, List<Event> declarations) {

    NamedEvent {
        Objects.requireNonNull(name, "name");
        declarations = List.copyOf(declarations);
        if (declarations.isEmpty()) {
            throw new IllegalArgumentException("declarations: an event has at least one, " + name + " has none");
        }
    }

    /** The events of {@code reference}, by name in alphabetical order. */
    static SortedMap<String, NamedEvent> of(Reference reference) {
        Map<String, List<Event>> byName = new LinkedHashMap<>();
        reference.events().forEach(event -> byName.computeIfAbsent(event.name(), name -> new ArrayList<>()).add(event));
        SortedMap<String, NamedEvent> events = new TreeMap<>();
        byName.forEach((name, declarations) -> events.put(name, new NamedEvent(name, declarations)));
        return events;
    }

    /** The fields of every declaration, by name in model order. */
    Map<String, Field> fields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        declarations.forEach(event -> event.fields().forEach(field -> fields.putIfAbsent(field.name(), field)));
        return fields;
    }

    /** The processes named by the declarations, sorted; empty for an event declared once. */
    List<String> processes() {
        return declarations.stream().map(Event::process).filter(Objects::nonNull).sorted().toList();
    }

    List<String> aliases() {
        return declarations.stream().flatMap(event -> event.aliases().stream()).distinct().toList();
    }

    /** The edition that emits the event (that of its first declaration). */
    Edition edition() {
        return declarations.get(0).edition();
    }

    /** Whether some declaration exists in {@code release}. */
    boolean existsIn(Version release) {
        return declarations.stream().anyMatch(event -> event.lifecycle().existsIn(release));
    }

    /**
     * The declarations' lifecycles as one: added with the first, deprecated and removed only when
     * every declaration is (with the latest one's version and note), the change notes and renames of all.
     */
    Lifecycle lifecycle() {
        List<Lifecycle> all = declarations.stream().map(Event::lifecycle).toList();
        Version added = all.stream().anyMatch(lifecycle -> lifecycle.added() == null) ? null
                : all.stream().map(Lifecycle::added).min(Comparator.naturalOrder()).orElseThrow();
        Optional<Lifecycle> deprecated = latest(all, Lifecycle::deprecated);
        Optional<Lifecycle> removed = latest(all, Lifecycle::removed);
        LinkedHashSet<Change> changes = new LinkedHashSet<>();
        all.forEach(lifecycle -> changes.addAll(lifecycle.changes()));
        LinkedHashSet<Rename> renames = new LinkedHashSet<>();
        all.forEach(lifecycle -> renames.addAll(lifecycle.renames()));
        return new Lifecycle(added,
                deprecated.map(Lifecycle::deprecated).orElse(null),
                deprecated.map(Lifecycle::deprecatedNote).orElse(null),
                removed.map(Lifecycle::removed).orElse(null),
                removed.map(Lifecycle::removedNote).orElse(null),
                List.copyOf(changes),
                List.copyOf(renames));
    }

    private static Optional<Lifecycle> latest(List<Lifecycle> all, Function<Lifecycle, Version> version) {
        if (all.stream().anyMatch(lifecycle -> version.apply(lifecycle) == null)) {
            return Optional.empty();
        }
        return all.stream().max(Comparator.comparing(version));
    }
}
