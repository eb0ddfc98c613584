package io.eventref.upgrade;

import io.eventref.model.SourceRef;
import java.util.Objects;

/**
 * A line of the config written for the newer release: {@code before} as the config has it (continued
 * lines joined), {@code after} with the new names. {@code at} is where the line starts.
 */
public record Rewrite(SourceRef at, String before, String after) {

    public Rewrite {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
