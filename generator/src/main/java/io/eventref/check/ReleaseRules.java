package io.eventref.check;

import io.eventref.diagnostic.Suggestions;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldNames;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules of every event of one release, compiled once from the model (the same model the
 * published schemas come from), plus what the whole reference knows of names that are not in the
 * release, so reports can say "removed in 2.3.18", "new in 2.3.19" or, for a name an event or field
 * had before or after, "renamed in 2.4.0; in 2.4.1 it is net_in_bytes". Immutable.
 */
public final class ReleaseRules {

    private final Version release;
    private final boolean strict;
    private final Map<String, EventRules> events;
    private final Map<String, String> absentEvents;

    private ReleaseRules(Version release, boolean strict, Map<String, EventRules> events,
            Map<String, String> absentEvents) {
        this.release = release;
        this.strict = strict;
        this.events = Map.copyOf(events);
        this.absentEvents = Map.copyOf(absentEvents);
    }

    /**
     * Compiles the rules of {@code release}. {@code strict}: undocumented events and field names
     * make a line invalid (as the {@code *.strict.schema.json} schemas say).
     *
     * @throws java.util.NoSuchElementException when {@code reference} does not list {@code release}
     */
    public static ReleaseRules compile(Reference reference, Version release, boolean strict) {
        Objects.requireNonNull(reference, "reference");
        Reference asOf = reference.asOf(release);
        Map<String, List<Event>> declarations = new LinkedHashMap<>();
        asOf.events().forEach(event -> declarations.computeIfAbsent(event.name(), n -> new ArrayList<>()).add(event));
        Map<String, EventRules> events = new HashMap<>();
        declarations.forEach((name, list) -> events.put(name, rules(name, list, reference, release)));
        Map<String, String> absent = new HashMap<>();
        for (Event event : reference.events()) {
            String why = Notes.absence(event.lifecycle(), release);
            for (String other : event.lifecycle().names(event.name())) {
                String note = why != null ? why : Notes.renamed(event.lifecycle(), event.name(), other, release);
                if (note != null && !events.containsKey(other)) {
                    absent.putIfAbsent(other, note);
                }
            }
            for (String alias : event.aliases()) {
                if (!events.containsKey(alias)) {
                    absent.putIfAbsent(alias, "not an emitted name; the reference documents it as " + event.name());
                }
            }
        }
        return new ReleaseRules(release, strict, events, absent);
    }

    private static EventRules rules(String name, List<Event> declarations, Reference reference, Version release) {
        List<EventRules.Variant> variants = new ArrayList<>();
        for (Event event : declarations) {
            Map<String, FieldRule> fields = new HashMap<>();
            List<Map.Entry<Pattern, FieldRule>> patterns = new ArrayList<>();
            event.contextFields().forEach(field -> add(field, FieldRule.ofContext(field), fields, patterns));
            event.fields().forEach(field -> add(field, FieldRule.of(field), fields, patterns));
            variants.add(new EventRules.Variant(declarations.size() > 1 ? event.process() : null, fields, patterns));
        }
        Map<String, String> absentFields = new HashMap<>();
        for (Event event : reference.events()) {
            if (!event.lifecycle().nameIn(release, event.name()).equals(name)) {
                continue;
            }
            for (Field field : event.fields()) {
                String why = Notes.absence(field.lifecycle(), release);
                for (String other : field.lifecycle().names(field.name())) {
                    String note = why != null ? why : Notes.renamed(field.lifecycle(), field.name(), other, release);
                    if (note != null && variants.stream().noneMatch(v -> v.fields().containsKey(other))) {
                        absentFields.putIfAbsent(other, note);
                    }
                }
            }
        }
        return new EventRules(name, variants, absentFields, Notes.deprecation(declarations.get(0).lifecycle()));
    }

    private static void add(Field field, FieldRule rule, Map<String, FieldRule> fields,
            List<Map.Entry<Pattern, FieldRule>> patterns) {
        if (FieldNames.isPattern(field.name())) {
            patterns.add(Map.entry(Pattern.compile(FieldNames.regex(field.name())), rule));
        } else {
            fields.put(field.name(), rule);
        }
    }

    public Version release() {
        return release;
    }

    public boolean strict() {
        return strict;
    }

    /** The rules of the event emitted as {@code name}, or null when the release does not document it. */
    EventRules event(String name) {
        return events.get(name);
    }

    /** The names of the events the release documents, in alphabetical order. */
    java.util.SortedSet<String> eventNames() {
        return new java.util.TreeSet<>(events.keySet());
    }

    /** Why {@code name} is not documented in this release ("removed in 2.3.18"), or null when nothing is known. */
    String absence(String name) {
        return absentEvents.get(name);
    }

    /**
     * " (did you mean 'x'?)" for a name the problem says is undocumented: a documented event of
     * the release, or a documented field of {@code event}; or the empty string.
     */
    String hint(String event, Problem problem) {
        return switch (problem.guess()) {
            case NONE -> "";
            case EVENT -> event == null ? "" : Suggestions.hint(event, events.keySet());
            case FIELD -> {
                EventRules rules = event == null ? null : events.get(event);
                yield rules == null ? "" : Suggestions.hint(problem.location().substring("fields.".length()),
                        rules.variants().stream().flatMap(variant -> variant.fields().keySet().stream())
                                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
            }
        };
    }

    /** The most declarations any event has: the checker's scratch size. */
    int maxVariants() {
        return events.values().stream().mapToInt(rules -> rules.variants().size()).max().orElse(1);
    }
}
