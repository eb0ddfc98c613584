package io.eventref.diff;

import java.util.List;
import java.util.Objects;

/**
 * A report worded once for every format that people read (Markdown, HTML): a title, a one-line
 * summary, and headed parts of lines. Lines and headings are inline Markdown; the report's own
 * wording uses only backticks (for names), notes are the content's Markdown. Immutable.
 */
public record ReportDocument(String title, String summary, List<Part> parts) {

    /** A headed part: its lines, then its subparts (one heading level deeper). */
    public record Part(String heading, List<String> lines, List<Part> parts) {
        public Part {
            Objects.requireNonNull(heading, "heading");
            lines = List.copyOf(lines);
            parts = List.copyOf(parts);
        }
    }

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        parts = List.copyOf(parts);
    }

    /** The document of {@code report}. */
    public static ReportDocument of(DiffReport report) {
        return new DocumentWriter(report).document();
    }
}
