package io.eventref.diagnostic;

import io.eventref.model.SourceRef;
import java.util.Comparator;
import java.util.Objects;

/** One problem in the content, at a position, with a stable rule id such as {@code duplicate-event}. */
public record Diagnostic(Severity severity, SourceRef source, String message, String rule)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::source)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:column: error|warning: message [rule-id]}. */
    @Override
    public String toString() {
        return source + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }
}
