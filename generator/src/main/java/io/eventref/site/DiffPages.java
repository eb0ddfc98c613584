package io.eventref.site;

import io.eventref.diff.ReleasePair;
import io.eventref.diff.ReleaseReports;
import io.eventref.model.Release;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's diff pages: a page per report between consecutive releases, and the compare page,
 * which looks up the report of the two releases a reader picks among those the build publishes
 * ({@link CompareData}).
 */
final class DiffPages {

    static final String COMPARE = "compare.html";
    static final String COMPARE_SCRIPT = "assets/compare.js";

    private final PageContext context;
    private final ReleaseReports reports;

    DiffPages(PageContext context, ReleaseReports reports) {
        this.context = context;
        this.reports = reports;
    }

    /** The site path of the page of {@code pair}'s report. */
    static String pagePath(ReleasePair pair) {
        return ReleaseReports.path(pair) + ".html";
    }

    DiffPage page(ReleasePair pair) {
        List<ReleasePair> pairs = reports.consecutive();
        int index = pairs.indexOf(pair);
        String base = ReleaseReports.path(pair);
        String path = pagePath(pair);
        List<Link> previous = index == 0 ? List.of() : List.of(link(path, pairs.get(index - 1)));
        List<Link> next = index == pairs.size() - 1 ? List.of() : List.of(link(path, pairs.get(index + 1)));
        DiffReportPage view = DiffReportHtml.page(reports.report(pair), 2);
        return new DiffPage(context.layout(path, view.title(), "What changed in the events from "
                        + pair.from() + " to " + pair.to() + "."),
                view, SiteLinks.relative(path, base + ".md"), SiteLinks.relative(path, base + ".json"),
                SiteLinks.relative(path, COMPARE), SiteLinks.relative(path, SiteLinks.RELEASES), previous, next);
    }

    private static Link link(String from, ReleasePair pair) {
        return new Link(SiteLinks.relative(from, pagePath(pair)), pair.toString());
    }

    ComparePage compare() {
        List<String> releases = context.reference().versions().stream().map(Object::toString).toList();
        List<Link> links = new ArrayList<>();
        for (ReleasePair pair : reports.consecutive()) {
            links.add(link(COMPARE, pair));
        }
        return new ComparePage(context.layout(COMPARE, "Compare releases",
                        "Which events and fields changed between two Dovecot releases."),
                releases, releases.get(Math.max(0, releases.size() - 2)), releases.get(releases.size() - 1),
                reports.everyPair(), SiteLinks.root(COMPARE) + CompareData.FOLDER, COMPARE_SCRIPT, links);
    }

    /** The link from a release's page to the report that ends with it; none for the first release. */
    List<Link> linksTo(Release release, String fromPath) {
        return reports.into(release.version())
                .map(pair -> List.of(new Link(SiteLinks.relative(fromPath, pagePath(pair)),
                        "changes from " + pair.from())))
                .orElse(List.of());
    }
}
