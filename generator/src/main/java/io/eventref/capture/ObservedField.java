package io.eventref.capture;

import java.util.List;
import java.util.Objects;

/** A field that lines of an event carried: in how many lines, and the kinds of value it had (in enum order). */
public record ObservedField(String name, long lines, List<ValueKind> kinds) {

    public ObservedField {
        Objects.requireNonNull(name, "name");
        kinds = List.copyOf(kinds);
    }
}
