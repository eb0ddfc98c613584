package io.eventref.site;

import java.util.List;
import java.util.Objects;

/**
 * What {@code diff-report.ftlh} shows: a report's title, summary and parts, all precomputed.
 * {@code level} is the heading level (2 to 6), {@code id} unique in the page.
 */
public record DiffReportPage(String title, InlineText summary, List<PartView> parts) {

    /** One headed part of the report, with its lines and subparts. */
    public record PartView(int level, String id, InlineText heading, List<InlineText> lines, List<PartView> parts) {
        public PartView {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            lines = List.copyOf(lines);
            parts = List.copyOf(parts);
        }
    }

    public DiffReportPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        parts = List.copyOf(parts);
    }
}
