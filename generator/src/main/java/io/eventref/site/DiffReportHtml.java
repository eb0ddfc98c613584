package io.eventref.site;

import io.eventref.diff.DiffReport;
import io.eventref.diff.ReportDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A diff report as a standalone HTML5 page ({@code templates/diff-report.ftlh}): the same wording
 * as the Markdown report, names as {@code <code>}, every part a labelled section.
 */
public final class DiffReportHtml {

    private static final Pattern COUNT = Pattern.compile("\\(\\d+\\)");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ENDS = Pattern.compile("^-|-$");

    private final Templates templates;

    public DiffReportHtml(Templates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public String render(DiffReport report) {
        return templates.render("diff-report.ftlh", page(report, 2));
    }

    /**
     * The page record of {@code report}, its parts' headings from level {@code level} (2 under the
     * page's title as h1; the compare page, whose report title is an h2, starts at 3).
     */
    public static DiffReportPage page(DiffReport report, int level) {
        ReportDocument document = ReportDocument.of(report);
        Set<String> ids = new HashSet<>();
        return new DiffReportPage(document.title(), InlineText.parse(document.summary()),
                document.parts().stream().map(part -> view(part, level, "", ids)).toList());
    }

    private static DiffReportPage.PartView view(ReportDocument.Part part, int level, String prefix, Set<String> ids) {
        String id = unique(prefix + slug(part.heading()), ids);
        List<DiffReportPage.PartView> children = part.parts().stream()
                .map(child -> view(child, Math.min(level + 1, 6), id + "-", ids))
                .toList();
        return new DiffReportPage.PartView(level, id, InlineText.parse(part.heading()),
                part.lines().stream().map(InlineText::parse).toList(), children);
    }

    /** "Changed (3)" → "changed"; "`mail_opened`" → "mail-opened". */
    static String slug(String heading) {
        String lower = COUNT.matcher(heading).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = ENDS.matcher(OTHER.matcher(lower).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "part" : slug;
    }

    private static String unique(String id, Set<String> ids) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
