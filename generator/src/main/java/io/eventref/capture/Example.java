package io.eventref.capture;

import java.util.Objects;

/**
 * One captured line of an event: the most informative one of its capture (the most fields; of
 * those, the first). {@code line} is its 1-based number in the capture, {@code json} the line in
 * the project's canonical JSON form ({@code Json.pretty}): its members in the order the server
 * wrote them, numbers with the digits it wrote.
 */
public record Example(long line, int fieldCount, String json) {

    public Example {
        Objects.requireNonNull(json, "json");
    }
}
