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
import java.util.Collections;
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
 * What it is made of is worked out once, when it is made. Immutable.
 */
final class NamedEvent {

    private final String name;
    private final List<Event> declarations;
    private final Map<String, Field> fields;
    private final List<String> processes;
    private final List<String> aliases;
    private final Lifecycle lifecycle;
    private final List<Version> dated;

    NamedEvent(String name, List<Event> declarations) {
        this.name = Objects.requireNonNull(name, "name");
        this.declarations = List.copyOf(declarations);
        if (declarations.isEmpty()) {
            throw new IllegalArgumentException("declarations: an event has at least one, " + name + " has none");
        }
        Map<String, Field> byName = new LinkedHashMap<>();
        declarations.forEach(event -> event.fields().forEach(field -> byName.putIfAbsent(field.name(), field)));
        this.fields = Collections.unmodifiableMap(byName);
        this.processes = declarations.stream().map(Event::process).filter(Objects::nonNull).sorted().toList();
        this.aliases = declarations.stream().flatMap(event -> event.aliases().stream()).distinct().toList();
        this.lifecycle = merged(declarations.stream().map(Event::lifecycle).toList());
        List<Lifecycle> all = new ArrayList<>();
        declarations.forEach(event -> {
            all.add(event.lifecycle());
            event.fields().forEach(field -> {
                all.add(field.lifecycle());
                field.allowed().forEach(value -> all.add(value.lifecycle()));
            });
        });
        this.dated = Dated.versions(all);
    }

    /** The events of {@code reference}, by name in alphabetical order. */
    static SortedMap<String, NamedEvent> of(Reference reference) {
        Map<String, List<Event>> byName = new LinkedHashMap<>();
        reference.events().forEach(event -> byName.computeIfAbsent(event.name(), key -> new ArrayList<>()).add(event));
        SortedMap<String, NamedEvent> events = new TreeMap<>();
        byName.forEach((key, declarations) -> events.put(key, new NamedEvent(key, declarations)));
        return Collections.unmodifiableSortedMap(events);
    }

    String name() {
        return name;
    }

    /** The fields of every declaration, by name in model order. */
    Map<String, Field> fields() {
        return fields;
    }

    /** The processes named by the declarations, sorted; empty for an event declared once. */
    List<String> processes() {
        return processes;
    }

    List<String> aliases() {
        return aliases;
    }

    /** The edition that emits the event (that of its first declaration). */
    Edition edition() {
        return declarations.get(0).edition();
    }

    /** Whether some declaration exists in {@code release}. */
    boolean existsIn(Version release) {
        for (Event event : declarations) {
            if (event.lifecycle().existsIn(release)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The declarations' lifecycles as one: added with the first, deprecated and removed only when
     * every declaration is (with the latest one's version and note), the change notes of all.
     */
    Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Every release that its declarations' and their fields' lifecycles name, sorted (see {@link Dated}). */
    List<Version> dated() {
        return dated;
    }

    private static Lifecycle merged(List<Lifecycle> all) {
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
