package io.eventref.content;

import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * One allowed value of a field row as written: {@code `secured` (Renamed in version 2.4.0: from `trusted`.)};
 * {@code markers} are those in the parentheses after it, empty when there are none.
 */
public record ValueDraft(String value, List<Marker> markers, SourceRef source) {

    public ValueDraft {
        Objects.requireNonNull(value, "value");
        markers = List.copyOf(markers);
        Objects.requireNonNull(source, "source");
    }
}
