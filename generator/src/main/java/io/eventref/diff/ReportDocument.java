package io.eventref.diff;

import java.util.List;
import java.util.Objects;

/**
 * A report worded once for every format that people read (Markdown, HTML): a title, a one-line
 * summary, and headed parts of lines. Lines and headings are inline Markdown; the report's own
 * wording uses only backticks (for names), notes are the content's Markdown. Each line and heading
 * says which events, fields, categories and groups it names ({@link Mention}), in the order it
 * writes them, so that a page can link them. Immutable.
 */
public record ReportDocument(String title, String summary, List<Part> parts) {

    /** A line (or heading) of inline Markdown and what it names, in order. */
    public record Line(String text, List<Mention> mentions) {
        public Line {
            Objects.requireNonNull(text, "text");
            mentions = List.copyOf(mentions);
        }

        /** A line that names nothing to link. */
        public static Line plain(String text) {
            return new Line(text, List.of());
        }
    }

    /** A headed part: its lines, then its subparts (one heading level deeper). */
    public record Part(Line heading, List<Line> lines, List<Part> parts) {
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
