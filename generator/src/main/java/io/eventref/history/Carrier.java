package io.eventref.history;

import io.eventref.model.Lifecycle;
import java.util.Objects;

/**
 * An event that carries a field: its name, its process (null unless declared once per process),
 * where the field comes from ({@code own}, {@code global} or a group) and the field's lifecycle on it.
 */
public record Carrier(String event, String process, String origin, Lifecycle lifecycle) {

    public Carrier {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }
}
