package io.eventref.site;

import io.eventref.diff.ReleaseReports;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the releases page and one page per release: what a release changed is the diff report from
 * the release before it ({@link ReleaseReports}); the first release has none.
 */
final class ReleasePages {

    private final PageContext context;
    private final ReleaseReports reports;
    private final Map<Version, List<ReleasePage.Part>> parts = new ConcurrentHashMap<>();

    ReleasePages(PageContext context, ReleaseReports reports) {
        this.context = context;
        this.reports = reports;
    }

    ReleasesPage releases() {
        String path = SiteLinks.RELEASES;
        List<ListItem> items = new ArrayList<>();
        for (Release release : context.reference().releases()) {
            int count = parts(release.version()).stream().mapToInt(part -> part.items().size()).sum();
            String summary = (release.date() == null ? "" : release.date() + ". ")
                    + (release.note() == null ? "" : release.note() + " ")
                    + (count == 0 ? "No documented change." : count + (count == 1 ? " change." : " changes."));
            items.add(0, new ListItem(SiteLinks.relative(path, SiteLinks.release(release.version().toString())),
                    PageContext.releaseLabel(release), summary.strip(), List.of(), Lifespan.ALWAYS));
        }
        return new ReleasesPage(context.layout(path, "Releases", "The Dovecot releases this reference covers."),
                items);
    }

    ReleasePage release(Release release, List<Link> diffs) {
        String version = release.version().toString();
        String path = SiteLinks.release(version);
        List<Release> all = context.reference().releases();
        int index = all.indexOf(release);
        List<Link> previous = index == 0 ? List.of() : List.of(link(path, all.get(index - 1)));
        List<Link> next = index == all.size() - 1 ? List.of() : List.of(link(path, all.get(index + 1)));
        return new ReleasePage(
                context.layout(path, "Dovecot " + version, "What Dovecot " + version + " changed in its events."),
                version, PageContext.releaseLabel(release), release.date() == null ? "" : release.date(),
                release.note() == null ? "" : release.note(), previous, next, diffs,
                parts(release.version()));
    }

    private Link link(String path, Release release) {
        return new Link(SiteLinks.relative(path, SiteLinks.release(release.version().toString())),
                PageContext.releaseLabel(release));
    }

    /** What {@code version} changed, as its page lists it (worked out once per release). */
    private List<ReleasePage.Part> parts(Version version) {
        return parts.computeIfAbsent(version, release -> reports.into(release)
                .map(pair -> new ReleaseChanges(context, SiteLinks.release(release.toString()))
                        .parts(reports.report(pair)))
                .orElse(List.of()));
    }
}
