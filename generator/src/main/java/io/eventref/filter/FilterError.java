package io.eventref.filter;

import java.util.Objects;

/** Why a filter is malformed, and where: {@code span} covers the offending token (or the place something is missing). */
public record FilterError(String message, TextSpan span) {

    public FilterError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
