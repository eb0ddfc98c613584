package io.eventref.capture;

import java.util.List;
import java.util.Objects;

/**
 * What a capture holds of one event name: how many lines, the fields they carried (by name), and
 * the most informative line as an example.
 */
public record ObservedEvent(String name, long lines, List<ObservedField> fields, Example example) {

    public ObservedEvent {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        Objects.requireNonNull(example, "example");
    }
}
