package io.eventref.site;

import io.eventref.diff.Breaking;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.diff.ReleasePair;
import io.eventref.diff.ReleaseReports;
import io.eventref.diff.ReportDocument;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The upgrade pages: for each upgrade from one line of releases to the next
 * ({@link ReleaseReports#upgrades}), a page made of its diff report. The upgrade to the newest release
 * of the newer line has the line's page ({@code upgrade/2.3-to-2.4.html}), which the home page and the
 * navigation link; the others have one each ({@code upgrade/2.3.21-to-2.4.1.html}).
 */
final class UpgradePages {

    static final String FOLDER = "upgrade/";

    /** An upgrade page: its pair, its path, and whether it is its lines' page (to the newest release). */
    record Target(ReleasePair pair, String path, boolean main) {
    }

    private final PageContext context;
    private final ReleaseReports reports;
    private final Guides guides;

    UpgradePages(PageContext context, ReleaseReports reports, Guides guides) {
        this.context = context;
        this.reports = reports;
        this.guides = guides;
    }

    /** The pages of {@code upgrades} (in the order of {@link ReleasePair#upgrades}). */
    static List<Target> targets(List<ReleasePair> upgrades) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < upgrades.size(); i++) {
            ReleasePair pair = upgrades.get(i);
            boolean main = i == upgrades.size() - 1 || !upgrades.get(i + 1).from().equals(pair.from());
            targets.add(new Target(pair, FOLDER + (main ? lines(pair) : pair.slug()) + ".html", main));
        }
        return targets;
    }

    /** The pages of the upgrades of {@code reference} to the newest release of a line: "Upgrading from 2.3 to 2.4". */
    static List<Target> lineTargets(Reference reference) {
        return targets(ReleasePair.upgrades(reference)).stream().filter(Target::main).toList();
    }

    /** "2.3-to-2.4". */
    private static String lines(ReleasePair pair) {
        return ReleasePair.line(pair.from()) + "-to-" + ReleasePair.line(pair.to());
    }

    /** "Upgrading from 2.3 to 2.4" for a lines' page, "Upgrading from 2.3 to 2.4.1" for another. */
    static String title(Target target) {
        ReleasePair pair = target.pair();
        return "Upgrading from " + ReleasePair.line(pair.from()) + " to "
                + (target.main() ? ReleasePair.line(pair.to()) : pair.to().toString());
    }

    UpgradePage page(Target target, List<Target> all) {
        ReleasePair pair = target.pair();
        String path = target.path();
        DiffReport report = reports.report(pair);
        UpgradeAreas areas = new UpgradeAreas(context, path);
        UpgradeAreas.Rows breaking = breaking(areas, report);
        UpgradeAreas.Rows added = added(areas, report);
        UpgradeAreas.Rows changes = new UpgradeChanges(areas, pair).rows(report);
        UpgradeAreas.Rows other = otherEdition(areas, pair);
        String title = title(target);
        String check = guides.checkYourConfig().isEmpty() ? ""
                : GuideHtml.section(context.sanitizer().html(guides.checkYourConfig()), "check-");
        return new UpgradePage(
                context.layout(path, title, "What changes for integrators of Dovecot's events from " + pair.from()
                        + " to " + pair.to() + ", and how to check a config."),
                title, pair.from().toString(), pair.to().toString(),
                InlineText.parse(ReportDocument.of(report).summary()),
                all.stream().filter(page -> page.pair().from().equals(pair.from()) && !page.equals(target))
                        .map(page -> new Link(SiteLinks.relative(path, page.path()), page.pair().to().toString()))
                        .toList(),
                reports.comparable().contains(pair) ? SiteLinks.relative(path, DiffPages.COMPARE) + "?from="
                        + pair.from() + "&to=" + pair.to() : "",
                contents(breaking, added, changes, other, !check.isEmpty()),
                breaking.size(), breaking.areas("breaking-"),
                added.size(), added.areas("new-"),
                changes.areas("changes-"),
                editions(pair), other.areas("edition-"),
                check);
    }

    private static List<Link> contents(UpgradeAreas.Rows breaking, UpgradeAreas.Rows added, UpgradeAreas.Rows changes,
            UpgradeAreas.Rows other, boolean check) {
        List<Link> contents = new ArrayList<>();
        contents.add(new Link("#breaking", "Breaking changes"));
        if (added.size() > 0) {
            contents.add(new Link("#new-events", "New events"));
        }
        if (changes.size() > 0) {
            contents.add(new Link("#changes", "All changes, by area"));
        }
        if (other.size() > 0) {
            contents.add(new Link("#other-edition", "Not documented for the newer release"));
        }
        if (check) {
            contents.add(new Link("#check-your-config", "Check your config"));
        }
        return contents;
    }

    /**
     * Each breaking change, named as in the older release, by area; a change to a field that several
     * events of an area share alike (the same kind, field and words: `service` renamed to `protocol`
     * on every auth event) is one row naming those events.
     */
    private static UpgradeAreas.Rows breaking(UpgradeAreas areas, DiffReport report) {
        UpgradeAreas.Rows rows = areas.new Rows();
        for (Breaking change : report.breaking()) {
            Item subject = change.subject();
            String kind = String.format("%02d", change.kind().ordinal());
            String why = ": " + change.why();
            switch (subject.kind()) {
                case CATEGORY -> rows.add(UpgradeAreas.CATEGORIES, kind + subject.category(), new UpgradePage.Row(
                        change.kind().label(), UpgradePage.Text.EMPTY,
                        List.of(areas.category(subject.category(), report.from())), areas.linked(why, ""), List.of()));
                case EVENT -> {
                    String event = areas.event(subject.event(), report.from());
                    rows.add(areas.areaOf(subject.event(), report.from()), kind + subject.event(), new UpgradePage.Row(
                            change.kind().label(), UpgradePage.Text.EMPTY, List.of(areas.event(subject.event(),
                            report.from(), subject.event())), areas.linked(why, event), List.of()));
                }
                case FIELD -> {
                    // The event is named as in the newer release; a removed or renamed field as in the older.
                    boolean old = change.kind() == Breaking.Kind.FIELD_REMOVED
                            || change.kind() == Breaking.Kind.FIELD_RENAMED;
                    String event = areas.event(subject.event(), report.to());
                    Link item = areas.field(event, subject.field(), old ? report.from() : report.to(),
                            subject.event());
                    rows.add(areas.areaOf(subject.event(), report.to()), kind + subject.field() + "\u0000"
                            + change.why(), new UpgradePage.Row(change.kind().label(),
                            UpgradeAreas.code(subject.field(), item.href()), List.of(item), areas.linked(why, event),
                            List.of()));
                }
                default -> throw new IllegalStateException("kind: " + subject.kind());
            }
        }
        return rows;
    }

    private static UpgradeAreas.Rows added(UpgradeAreas areas, DiffReport report) {
        UpgradeAreas.Rows rows = areas.new Rows();
        for (Difference.Added added : report.events().added()) {
            String name = added.subject().event();
            rows.add(areas.areaOf(name, report.to()), name, new UpgradePage.Row("", UpgradePage.Text.EMPTY,
                    List.of(areas.event(name, report.to(), name)), areas.linked(" (" + added.version() + ")", ""),
                    List.of()));
        }
        return rows;
    }

    /**
     * The events the older release documents for an edition that the newer one does not (OX Dovecot
     * Pro, from 2.3 to 2.4): not removed, only not documented there.
     */
    private UpgradeAreas.Rows otherEdition(UpgradeAreas areas, ReleasePair pair) {
        Release from = context.reference().requireRelease(pair.from());
        Release to = context.reference().requireRelease(pair.to());
        UpgradeAreas.Rows rows = areas.new Rows();
        for (Event event : context.reference().events()) {
            if (event.lifecycle().existsIn(pair.from()) && from.covers(event.edition()) && !to.covers(event.edition())) {
                String name = event.lifecycle().nameIn(pair.from(), event.name());
                rows.add(event.section(), name, new UpgradePage.Row("", UpgradePage.Text.EMPTY,
                        List.of(areas.event(name, pair.from(), name)), UpgradePage.Text.EMPTY, List.of()));
            }
        }
        return rows;
    }

    /** The editions the older release documents and the newer does not: "OX Dovecot Pro". */
    private String editions(ReleasePair pair) {
        Release from = context.reference().requireRelease(pair.from());
        Release to = context.reference().requireRelease(pair.to());
        Set<String> labels = new LinkedHashSet<>();
        for (Edition edition : from.editions()) {
            if (!to.covers(edition)) {
                labels.add(edition.label());
            }
        }
        return labels.stream().collect(Collectors.joining(", "));
    }
}
