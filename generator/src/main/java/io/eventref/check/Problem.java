package io.eventref.check;

import java.util.Objects;

/**
 * Something wrong with one line: where in the line ({@code fields.running_usecs}, {@code event};
 * empty for the line as a whole) and what. An error makes the line invalid; a warning does not.
 * {@code guess} says whether the problem is a name the release does not document, for which a
 * close documented name may be suggested when the problem is shown.
 */
public record Problem(Severity severity, String location, String message, Guess guess) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Which undocumented name a problem is about, if any: the reader may have meant a documented one. */
    public enum Guess {
        NONE,
        /** The line's event name. */
        EVENT,
        /** The field at {@code fields.<name>}. */
        FIELD
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(guess, "guess");
    }

    static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message, Guess.NONE);
    }

    static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message, Guess.NONE);
    }

    /** This problem with {@code text} added to its message (a suggestion). */
    Problem withMore(String text) {
        return text.isEmpty() ? this : new Problem(severity, location, message + text, guess);
    }

    /** This problem as being about an undocumented name. */
    Problem guessing(Guess about) {
        return new Problem(severity, location, message, about);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code location: message}, or the message alone for the whole line. */
    public String describe() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
