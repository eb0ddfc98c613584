package io.eventref.validate;

import io.eventref.content.Marker;
import io.eventref.content.MarkerKind;
import io.eventref.model.Lifecycle;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * Something that carries version markers: its own {@code markers}, the lifecycle of what holds it
 * ({@code outer}) and the effective lifecycle that results. {@code kind} is "event", "field", ...
 */
record Subject(String label, String kind, List<Marker> markers, Lifecycle outer, Lifecycle effective,
        SourceRef source) {

    Optional<Marker> first(MarkerKind markerKind) {
        return markers.stream().filter(marker -> marker.kind() == markerKind).findFirst();
    }

    /** Where to point for a problem with a marker of {@code markerKind}: that marker, else the subject. */
    SourceRef at(MarkerKind markerKind) {
        return first(markerKind).map(Marker::source).orElse(source);
    }
}
