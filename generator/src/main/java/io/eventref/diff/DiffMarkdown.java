package io.eventref.diff;

import io.eventref.diff.ReportDocument.Part;

/**
 * A report as Markdown, fit for release notes and pull requests: a title, a summary, then headed
 * lists (breaking changes first). LF line endings, a final newline.
 */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String toMarkdown(DiffReport report) {
        ReportDocument document = ReportDocument.of(report);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(document.title()).append("\n\n").append(document.summary()).append('\n');
        document.parts().forEach(part -> append(out, part, 2));
        return out.toString();
    }

    private static void append(StringBuilder out, Part part, int level) {
        out.append('\n').append("#".repeat(level)).append(' ').append(part.heading().text()).append('\n');
        if (!part.lines().isEmpty()) {
            out.append('\n');
            part.lines().forEach(line -> out.append("- ").append(oneLine(line.text())).append('\n'));
        }
        part.parts().forEach(child -> append(out, child, Math.min(level + 1, 6)));
    }

    /** Notes are one line in the content; any line break would end the list item, so it is a space. */
    private static String oneLine(String text) {
        return text.replace("\r", "").replace('\n', ' ');
    }
}
