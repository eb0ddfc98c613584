package io.eventref.content;

import io.eventref.model.Description;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A field table row as written; {@code type} is unchecked text and {@code typeSource} its cell;
 * {@code values} are the allowed values in the order written, each with its own markers.
 * {@code quoted}: the name was written as a JSON string ({@code `" user_mask"`}), exactly as the
 * server emits it, where that is no snake_case name.
 */
public record FieldDraft(
        String name,
        String type,
        List<ValueDraft> values,
        Description description,
        List<Marker> markers,
        SourceRef source,
        SourceRef typeSource,
        boolean quoted) {

    public FieldDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        Objects.requireNonNull(description, "description");
        markers = List.copyOf(markers);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(typeSource, "typeSource");
    }

    FieldDraft withDescription(Description newDescription) {
        return new FieldDraft(name, type, values, newDescription, markers, source, typeSource, quoted);
    }

    /** The markers of the row and of its values. */
    public Stream<Marker> allMarkers() {
        return Stream.concat(markers.stream(), values.stream().flatMap(value -> value.markers().stream()));
    }
}
