package io.eventref.check;

import java.util.List;
import java.util.Objects;

/**
 * What exported lines cover of one release ({@link Coverage}): the check's {@code summary} of the
 * lines (its release, strictness and counts), the {@code files} read, how many events the release
 * documents, and, each in alphabetical order of event (then field or category), the documented
 * events observed, the undocumented events, fields and categories observed, the values that fit
 * not their field, the fields that came from a context of the event, and the documented events
 * never observed with the reason the reasons table gives (null: none). {@code dropped} counts the
 * names not kept beyond the report's bounds. Immutable.
 */
public record CoverageReport(
        CheckSummary summary,
        List<String> files,
        int documented,
        List<Observed> observed,
        List<UndocumentedEvent> undocumentedEvents,
        List<UndocumentedField> undocumentedFields,
        List<UndocumentedCategory> undocumentedCategories,
        List<Mismatch> typeMismatches,
        List<ContextField> contextFields,
        List<Unreached> neverObserved,
        long dropped) {

    /** A documented event and the number of its lines. */
    public record Observed(String event, long lines) {
    }

    /** An event the release does not document, with why ({@code note}) and the field names its lines carried. */
    public record UndocumentedEvent(String event, long lines, String note, List<String> fields) {
        public UndocumentedEvent {
            fields = List.copyOf(fields);
        }
    }

    /** A field that a documented event carried but the release does not document for it, with why. */
    public record UndocumentedField(String event, String field, long lines, String note) {
    }

    /** A category the release does not document, and (some of) the events whose lines carried it. */
    public record UndocumentedCategory(String category, long lines, List<String> events) {
        public UndocumentedCategory {
            events = List.copyOf(events);
        }
    }

    /**
     * Values of a documented field that fit not its type (or allowed values): how many lines, the
     * documented type, the check's message for the first, and where that was ({@code file:line}).
     */
    public record Mismatch(String event, String field, long lines, String expected, String message, String first) {
    }

    /** A field that a context of the event added to its lines ({@code context}: the group). */
    public record ContextField(String event, String field, long lines, String context) {
    }

    /** A documented event no line had, and why when known (else null). */
    public record Unreached(String event, String reason) {
    }

    public CoverageReport {
        Objects.requireNonNull(summary, "summary");
        files = List.copyOf(files);
        observed = List.copyOf(observed);
        undocumentedEvents = List.copyOf(undocumentedEvents);
        undocumentedFields = List.copyOf(undocumentedFields);
        undocumentedCategories = List.copyOf(undocumentedCategories);
        typeMismatches = List.copyOf(typeMismatches);
        contextFields = List.copyOf(contextFields);
        neverObserved = List.copyOf(neverObserved);
    }

    /** Whether the lines had nothing the release does not document: no event, field or category. */
    public boolean documentsEverything() {
        return undocumentedEvents.isEmpty() && undocumentedFields.isEmpty() && undocumentedCategories.isEmpty();
    }
}
