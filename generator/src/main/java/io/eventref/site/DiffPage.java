package io.eventref.site;

import java.util.List;

/** The site's page of the diff report between two consecutive releases, with its downloads. */
public record DiffPage(Layout layout, DiffReportPage report, String markdownHref, String jsonHref,
        String compareHref, String releasesHref, List<Link> previous, List<Link> next) {
}
