package io.eventref.model;

import java.util.Objects;

/**
 * One value a field can take, with its own lifecycle: a value can come, go or be renamed
 * ({@code trusted} became {@code secured}) while the field stays. {@code value} is its current name.
 */
public record AllowedValue(String value, Lifecycle lifecycle) {

    public AllowedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** The value as it was in {@code release}: the name it had then, its lifecycle as known then. */
    public AllowedValue asOf(Version release) {
        return new AllowedValue(lifecycle.nameIn(release, value), lifecycle.asOf(release));
    }
}
