package io.eventref.diagnostic;

import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one run. Not thread-safe: each stage of a run that works in
 * parallel collects into its own instance and {@link #addAll merges} them after.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void error(SourceRef source, String rule, String message) {
        items.add(new Diagnostic(Severity.ERROR, source, message, rule));
    }

    public void warning(SourceRef source, String rule, String message) {
        items.add(new Diagnostic(Severity.WARNING, source, message, rule));
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    /** All diagnostics, sorted by position, without duplicates. */
    public List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }
}
