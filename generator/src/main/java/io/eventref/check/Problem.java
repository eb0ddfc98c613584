package io.eventref.check;

import java.util.Objects;

/**
 * Something wrong with one line: where in the line ({@code fields.running_usecs}, {@code event};
 * empty for the line as a whole) and what. An error makes the line invalid; a warning does not.
 */
public record Problem(Severity severity, String location, String message) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code location: message}, or the message alone for the whole line. */
    public String describe() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
