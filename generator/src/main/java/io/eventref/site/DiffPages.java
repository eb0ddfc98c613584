package io.eventref.site;

import io.eventref.diff.DiffJson;
import io.eventref.diff.DiffMarkdown;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Differ;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import io.eventref.output.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The diff reports between consecutive releases (a page, Markdown and JSON each) and the compare
 * page that computes any other pair in the browser.
 */
final class DiffPages {

    static final String COMPARE = "compare.html";
    static final String MODEL_DATA = "assets/model-data.js";
    static final String COMPARE_SCRIPT = "assets/compare.js";

    private final PageContext context;
    /** The references as of a release that a report still needs (see {@link #asOf}). */
    private final Map<Version, AsOf> asOf = new ConcurrentHashMap<>();

    DiffPages(PageContext context) {
        this.context = context;
    }

    /** The base path (without extension) of the report from {@code from} to {@code to}. */
    static String report(String from, String to) {
        return "diffs/" + from + "-to-" + to;
    }

    /** The consecutive pairs, oldest first: each element is {from, to}. */
    List<Release[]> pairs() {
        List<Release> releases = context.reference().releases();
        List<Release[]> pairs = new ArrayList<>();
        for (int i = 1; i < releases.size(); i++) {
            pairs.add(new Release[] {releases.get(i - 1), releases.get(i)});
        }
        return pairs;
    }

    DiffReport compare(Release[] pair) {
        return new Differ().compare(context.reference(), pair[0].version(), pair[1].version(), this::asOf);
    }

    /**
     * The reference as of {@code release}, made once for the two reports that need it (the one
     * from it and the one to it) and let go after the second, so a big reference does not hold
     * one copy per release.
     */
    private Reference asOf(Version release) {
        AsOf entry = asOf.computeIfAbsent(release, version -> new AsOf(context.reference().asOf(version),
                new AtomicInteger(uses(version))));
        if (entry.uses().decrementAndGet() <= 0) {
            asOf.remove(release, entry);
        }
        return entry.reference();
    }

    /** How many consecutive pairs {@code release} belongs to: one for the oldest and the newest. */
    private int uses(Version release) {
        List<Release> releases = context.reference().releases();
        boolean end = releases.get(0).version().equals(release)
                || releases.get(releases.size() - 1).version().equals(release);
        return end ? 1 : 2;
    }

    private record AsOf(Reference reference, AtomicInteger uses) {
    }

    /** The Markdown and JSON downloads of a report. */
    List<OutputFile> downloads(Release[] pair, DiffReport report) {
        String base = report(pair[0].version().toString(), pair[1].version().toString());
        return List.of(OutputFile.text(base + ".md", DiffMarkdown.toMarkdown(report)),
                OutputFile.text(base + ".json", DiffJson.toJson(report)));
    }

    DiffPage page(int index, DiffReport report) {
        List<Release[]> pairs = pairs();
        Release[] pair = pairs.get(index);
        String base = report(pair[0].version().toString(), pair[1].version().toString());
        String path = base + ".html";
        List<Link> previous = index == 0 ? List.of() : List.of(link(path, pairs.get(index - 1)));
        List<Link> next = index == pairs.size() - 1 ? List.of() : List.of(link(path, pairs.get(index + 1)));
        DiffReportPage view = DiffReportHtml.page(report);
        return new DiffPage(context.layout(path, view.title(), "What changed in the events from "
                        + pair[0].version() + " to " + pair[1].version() + "."),
                view, SiteLinks.relative(path, base + ".md"), SiteLinks.relative(path, base + ".json"),
                SiteLinks.relative(path, COMPARE), SiteLinks.relative(path, SiteLinks.RELEASES), previous, next);
    }

    private static Link link(String from, Release[] pair) {
        return new Link(SiteLinks.relative(from, report(pair[0].version().toString(), pair[1].version().toString())
                + ".html"), pair[0].version() + " to " + pair[1].version());
    }

    ComparePage compare() {
        List<String> releases = context.reference().versions().stream().map(Object::toString).toList();
        List<Link> reports = new ArrayList<>();
        for (Release[] pair : pairs()) {
            reports.add(link(COMPARE, pair));
        }
        return new ComparePage(context.layout(COMPARE, "Compare releases",
                        "Which events and fields changed between two Dovecot releases."),
                releases, releases.get(Math.max(0, releases.size() - 2)), releases.get(releases.size() - 1),
                MODEL_DATA, COMPARE_SCRIPT, reports);
    }

    /** The link from a release's page to the report that ends with it. */
    List<Link> linksTo(Release release, String fromPath) {
        for (Release[] pair : pairs()) {
            if (pair[1].equals(release)) {
                return List.of(new Link(SiteLinks.relative(fromPath, report(pair[0].version().toString(),
                        release.version().toString()) + ".html"), "changes from " + pair[0].version()));
            }
        }
        return List.of();
    }
}
