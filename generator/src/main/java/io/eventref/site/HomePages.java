package io.eventref.site;

import io.eventref.model.Category;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Section;
import io.eventref.schema.SchemaDownloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the home page record. */
final class HomePages {

    private final PageContext context;
    private final boolean conformance;

    /** {@code conformance}: whether the site has a conformance page to link. */
    HomePages(PageContext context, boolean conformance) {
        this.context = context;
        this.conformance = conformance;
    }

    HomePage page(Set<String> published) {
        Reference reference = context.reference();
        String path = SiteLinks.HOME;
        ListPages lists = new ListPages(context);
        List<HomePage.HomeSection> sections = new ArrayList<>();
        for (Section section : reference.sections()) {
            sections.add(new HomePage.HomeSection(section.id(),
                    new Link(SiteLinks.relative(path, SiteLinks.section(section.id())), section.title()),
                    context.sanitizer().summary(section.description()), lists.events(path, section.events())));
        }
        List<ListItem> categories = new ArrayList<>();
        for (Category category : reference.categories()) {
            String parent = category.parent() == null ? "" : " Parent: " + category.parent() + ".";
            categories.add(new ListItem(SiteLinks.relative(path, SiteLinks.category(category.name())), category.name(),
                    context.sanitizer().summary(category.description()) + parent,
                    context.badges(category.lifecycle()), context.lifespan(category.lifecycle(), category.edition())));
        }
        List<Link> releases = new ArrayList<>();
        for (Release release : reference.releases()) {
            releases.add(0, new Link(SiteLinks.relative(path, SiteLinks.release(release.version().toString())),
                    PageContext.releaseLabel(release)));
        }
        List<Link> resources = new ArrayList<>(UpgradePages.lineTargets(reference).stream()
                .map(target -> new Link(SiteLinks.relative(path, target.path()), UpgradePages.title(target)
                        + ": what changes for integrators, and how to check a config"))
                .toList());
        resources.add(new Link(SiteLinks.relative(path, SiteLinks.RELEASES), "What changed in each release"));
        resources.add(new Link(SiteLinks.relative(path, DiffPages.COMPARE),
                "Compare two releases: diff reports for upgrades"));
        if (conformance) {
            resources.add(new Link(SiteLinks.relative(path, ConformancePages.PATH),
                    "Held against real Dovecot servers: what the conformance runs observed"));
        }
        if (published.contains(SchemaDownloads.of(reference).catalogPath())) {
            resources.add(new Link(SiteLinks.relative(path, DownloadsPages.PATH),
                    "JSON Schemas of the exported events, per release (downloads)"));
        }
        if (published.contains("model.json")) {
            resources.add(new Link("model.json", "The whole model as JSON (model.json)"));
        }
        long eventCount = reference.events().stream().map(event -> event.name()).distinct().count();
        return new HomePage(
                context.layout(path, "Dovecot event reference",
                        "Every event that the Dovecot mail server emits, with its fields and history."),
                (int) eventCount,
                reference.releases().get(0).version().toString(),
                reference.latest().version().toString(),
                sections, categories,
                new FieldTable("global-fields", "Global fields", "", "Every event may carry these fields.",
                        reference.globalFields().stream()
                                .map(field -> new FieldTables(context).row(field, null, path, "")).toList()),
                releases, resources);
    }
}
