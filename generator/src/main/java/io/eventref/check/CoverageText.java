package io.eventref.check;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The coverage report for people: per release a block of short sections (totals, undocumented
 * events, fields and categories, type mismatches, context fields, documented events never
 * observed). What comes from the input is printed with control characters escaped ({@link Printable}).
 */
public final class CoverageText {

    private final PrintWriter out;
    private boolean first = true;

    public CoverageText(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Prints the block of one release (blocks after the first are set apart by an empty line). */
    public void print(CoverageReport report) {
        if (!first) {
            out.println();
        }
        first = false;
        CheckSummary summary = report.summary();
        out.printf(Locale.ROOT, "Coverage of %s%s by %s%n", summary.release(), summary.strict() ? " (strict)" : "",
                report.files().isEmpty() ? "no input" : String.join(", ", report.files().stream().map(Printable::escape).toList()));
        out.printf(Locale.ROOT, "%s, %d valid, %d invalid (%d malformed), %s of undocumented events%s%n",
                TextReport.count(summary.lines(), "line"), summary.valid(), summary.invalid(), summary.malformed(),
                TextReport.count(summary.undocumented(), "line"),
                summary.invalid() > 0 ? "; check-events without --coverage shows each invalid line" : "");
        out.printf(Locale.ROOT, "Events: %d of %d documented events observed, %d undocumented events observed%n",
                report.observed().size(), report.documented(), report.undocumentedEvents().size());
        section("Undocumented events", report.undocumentedEvents().stream().map(event -> escape(event.event()) + ": "
                + TextReport.count(event.lines(), "line") + ", " + event.note()
                + (event.fields().isEmpty() ? "" : "; fields: " + joined(event.fields()))).toList());
        section("Undocumented fields", report.undocumentedFields().stream().map(field -> escape(field.event()) + "."
                + escape(field.field()) + ": " + TextReport.count(field.lines(), "line") + ", " + field.note()).toList());
        section("Undocumented categories", report.undocumentedCategories().stream().map(category ->
                escape(category.category()) + ": " + TextReport.count(category.lines(), "line") + ", in "
                        + joined(category.events())).toList());
        section("Type mismatches", report.typeMismatches().stream().map(mismatch -> escape(mismatch.event()) + "."
                + escape(mismatch.field()) + ": " + TextReport.count(mismatch.lines(), "line") + ", "
                + Printable.escape(mismatch.message()) + " (first at " + Printable.escape(mismatch.first()) + ")")
                .toList());
        section("Context fields, by event", contextLines(report.contextFields()));
        section("Documented events never observed", report.neverObserved().stream().map(event -> event.event() + ": "
                + (event.reason() == null ? "no reason recorded" : event.reason())).toList());
        if (report.dropped() > 0) {
            out.printf(Locale.ROOT, "%s not kept (beyond the report's bounds)%n",
                    TextReport.count(report.dropped(), "more name"));
        }
    }

    /** One line per event: its context fields by context, {@code mail_opened: IMAP client: session, user; ...}. */
    private static List<String> contextLines(List<CoverageReport.ContextField> fields) {
        Map<String, Map<String, List<String>>> byEvent = new LinkedHashMap<>();
        for (CoverageReport.ContextField field : fields) {
            byEvent.computeIfAbsent(field.event(), key -> new java.util.TreeMap<>())
                    .computeIfAbsent(field.context(), key -> new ArrayList<>()).add(field.field());
        }
        List<String> lines = new ArrayList<>();
        byEvent.forEach((event, contexts) -> {
            List<String> parts = new ArrayList<>();
            contexts.forEach((context, names) -> parts.add(context + ": " + joined(names)));
            lines.add(escape(event) + ": " + String.join("; ", parts));
        });
        return lines;
    }

    private void section(String title, List<String> lines) {
        if (lines.isEmpty()) {
            out.println(title + ": none");
            return;
        }
        out.printf(Locale.ROOT, "%s (%d):%n", title, lines.size());
        lines.forEach(line -> out.println("  " + line));
    }

    private static String joined(List<String> names) {
        return String.join(", ", names.stream().map(CoverageText::escape).toList());
    }

    private static String escape(String name) {
        return Printable.escape(name);
    }
}
