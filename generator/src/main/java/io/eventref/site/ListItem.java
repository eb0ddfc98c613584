package io.eventref.site;

import java.util.List;

/**
 * An entry of a list of events, groups or categories: a link, a one-line summary (sanitised HTML:
 * escaped text, or a change note's inline Markdown), badges and lifespan.
 */
public record ListItem(String href, String label, String summaryHtml, List<Badge> badges, Lifespan lifespan) {

    /** An entry whose summary is plain text. */
    static ListItem text(String href, String label, String summary, List<Badge> badges, Lifespan lifespan) {
        return new ListItem(href, label, InlineMarkdown.escape(summary), badges, lifespan);
    }
}
