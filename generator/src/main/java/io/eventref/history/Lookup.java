package io.eventref.history;

import java.util.List;
import java.util.Objects;

/**
 * What a name stands for in the reference: the timelines of the events, fields ({@code event.field})
 * or category it names, and, for a bare field name, the events that carry it. Immutable.
 */
public record Lookup(String query, List<Timeline> timelines, String field, List<Carrier> carriers) {

    public Lookup {
        Objects.requireNonNull(query, "query");
        timelines = List.copyOf(timelines);
        carriers = List.copyOf(carriers);
    }

    public boolean isEmpty() {
        return timelines.isEmpty() && carriers.isEmpty();
    }

    /**
     * Looks {@code name} up: {@code event.field} names a field of an event; any other name is looked
     * up as an event (or alias), a category and a field name, and every match is kept.
     */
    public static Lookup of(History history, String name) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            return new Lookup(name, history.field(name.substring(0, dot), name.substring(dot + 1)).stream().toList(),
                    null, List.of());
        }
        List<Timeline> timelines = new java.util.ArrayList<>(history.event(name).stream().toList());
        history.category(name).ifPresent(timelines::add);
        List<Carrier> carriers = history.carriers(name);
        return new Lookup(name, timelines, carriers.isEmpty() ? null : name, carriers);
    }
}
