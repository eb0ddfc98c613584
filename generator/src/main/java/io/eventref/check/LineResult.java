package io.eventref.check;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one exported line. {@code event} is the name the line gives (null when it gives
 * none); {@code documented} whether the release documents that event; {@code problems} its errors
 * and warnings in the order found. Immutable.
 */
public record LineResult(Status status, String event, boolean documented, List<Problem> problems) {

    /** What the line is. */
    public enum Status {
        /** No errors (warnings allowed). */
        VALID,
        /** Well-formed JSON that breaks the schema. */
        INVALID,
        /** Not JSON at all. */
        MALFORMED,
        /** Empty or only white space: skipped. */
        BLANK
    }

    static final LineResult BLANK = new LineResult(Status.BLANK, null, false, List.of());

    public LineResult {
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
    }

    static LineResult malformed(String message) {
        return new LineResult(Status.MALFORMED, null, false, List.of(Problem.error("", message)));
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
