package io.eventref.site;

import io.eventref.capture.Conformance;
import io.eventref.diff.ReleasePair;
import io.eventref.diff.ReleaseReports;
import io.eventref.history.History;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.model.Category;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Section;
import io.eventref.render.BuildOptions;
import io.eventref.output.OutputFile;
import io.eventref.output.OutputSink;
import io.eventref.render.BuildOptions;
import io.eventref.render.Timings;
import io.eventref.schema.SchemaDownloads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Renders the reference website as files: a page per event, group, section, category and
 * release, the home, releases and 404 pages, a page per diff report between consecutive releases
 * and the compare page with the reports it looks up, the upgrade pages from one line of releases to
 * the next ({@link UpgradePages}), the conformance page when there are captures, the search index,
 * the sitemap and the assets.
 * The diff reports come from {@link ReleaseReports}, made once for the whole build. Every internal
 * link is checked; a broken one is a {@link BrokenLinksException}.
 */
public final class SiteRenderer {

    /** The static files of {@code templates/assets/} (and the favicon) copied as they are. */
    private static final List<String> ASSETS = List.of(PageContext.STYLESHEET, PageContext.SCRIPT,
            PageContext.FAVICON, DiffPages.COMPARE_SCRIPT, PageContext.SEARCH_ENGINE);

    /** Thrown when a rendered page links to a file or anchor that the site does not have. */
    public static final class BrokenLinksException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> links;

        BrokenLinksException(List<LinkIndex.BrokenLink> broken) {
            super("the site has " + broken.size() + " broken links:\n  "
                    + String.join("\n  ", broken.stream().map(Object::toString).toList()));
            this.links = broken.stream().map(Object::toString).toList();
        }

        /** Each broken link as "page: broken link 'href'". */
        public List<String> links() {
            return links;
        }
    }

    private final Templates templates;
    private final Guides guides;

    /** A renderer whose upgrade pages go without "Check your config". */
    public SiteRenderer(Templates templates) {
        this(templates, Guides.NONE);
    }

    /** A renderer that shows {@code guides} where they belong. */
    public SiteRenderer(Templates templates, Guides guides) {
        this.templates = templates;
        this.guides = guides;
    }

    /**
     * The site's files, in memory (for small references and tests). {@code published} are the paths
     * of the build's other files (model.json, schemas, ...) that pages may link to.
     */
    public List<OutputFile> render(Reference reference, ReleaseReports reports, BuildOptions options,
            Set<String> published) {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        render(reference, reports, Conformance.NONE, options, published, new Timings(), files::add);
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return sorted;
    }

    /**
     * Renders the site's files into {@code sink} as they are made, pages in parallel; then checks
     * every internal link against them and {@code published}. Returns the warnings about the
     * content that only rendering finds: text that sanitising drops from a description. With
     * {@code conformance} runs, the site has a conformance page, and each event page says what the
     * runs saw of the event, with a captured line.
     *
     * @throws BrokenLinksException after all files were made, when a link leads nowhere
     */
    public List<Diagnostic> render(Reference reference, ReleaseReports reports, Conformance conformance,
            BuildOptions options, Set<String> published, Timings timings, OutputSink sink) {
        PageContext context = context(reference, reports, options, published);
        LinkIndex links = new LinkIndex(options.cache());
        published.forEach(links::file);
        OutputSink files = file -> {
            links.file(file.path());
            sink.write(file);
        };
        DiffPages diffs = new DiffPages(context, reports);
        Observations observations = timings.time("conformance", () -> new Observations(reference, conformance));
        List<PageJob> jobs = jobs(context, reports, diffs, observations, published);
        UpgradePages upgrades = new UpgradePages(context, reports, guides);
        List<UpgradePages.Target> targets = UpgradePages.targets(reports.upgrades());
        for (UpgradePages.Target target : targets) {
            jobs.add(new PageJob(target.path(), "upgrade.ftlh", () -> upgrades.page(target, targets)));
        }
        timings.time("pages", () -> {
            jobs.parallelStream().forEach(job -> {
                String html = html(job, options);
                links.page(job.path(), html);
                sink.write(OutputFile.text(job.path(), html));
            });
            return null;
        });
        timings.time("search index", () -> {
            files.write(OutputFile.text(PageContext.SEARCH_INDEX, new SearchIndex(context).script()));
            return null;
        });
        CompareData data = new CompareData(reports, options.cache(), context.reportLinks(DiffPages.COMPARE));
        timings.time("compare data", () -> {
            reports.comparable().parallelStream()
                    .forEach(pair -> files.write(new OutputFile(CompareData.path(pair), data.script(pair))));
            return null;
        });
        for (String asset : ASSETS) {
            files.write(new OutputFile(asset, templates.asset(asset.replace("assets/", ""))));
        }
        files.write(OutputFile.text("sitemap.xml", Sitemap.xml(
                jobs.stream().map(PageJob::path).filter(path -> !path.equals(SiteLinks.NOT_FOUND)).sorted().toList(),
                options.baseUrl())));
        List<LinkIndex.BrokenLink> broken = timings.time("links", links::broken);
        if (!broken.isEmpty()) {
            throw new BrokenLinksException(broken);
        }
        return DroppedText.warnings(reference, context.sanitizer());
    }

    /**
     * The pages among {@code paths} as {@link #render} makes them, and nothing else: no other file,
     * no link checked (for a live preview of the pages being read while the rest is built).
     */
    public List<OutputFile> pages(Reference reference, ReleaseReports reports, Conformance conformance,
            BuildOptions options, Set<String> published, Set<String> paths) {
        PageContext context = context(reference, reports, options, published);
        Observations observations = new Observations(reference, conformance);
        return jobs(context, reports, new DiffPages(context, reports), observations, published).stream()
                .filter(job -> paths.contains(job.path()))
                .map(job -> OutputFile.text(job.path(), html(job, options)))
                .toList();
    }

    private static PageContext context(Reference reference, ReleaseReports reports, BuildOptions options,
            Set<String> published) {
        return new PageContext(reference, options,
                DownloadsPages.hasSchemas(published, SchemaDownloads.of(reference)),
                new History(reference, reports.consecutive().stream().map(reports::report).toList()));
    }

    /**
     * A page's text: made from its record by its template, or the text made from an equal record
     * by these same templates, which a cache that keeps values remembers.
     */
    private String html(PageJob job, BuildOptions options) {
        Object page = job.page().get();
        return options.cache().value("page " + job.path(), List.of(templates, job.template(), page), String.class,
                () -> templates.render(job.template(), page));
    }

    /** A page to render: its path, its template and (lazily, when it is rendered) its record. */
    private record PageJob(String path, String template, Supplier<Object> page) {
    }

    private static List<PageJob> jobs(PageContext context, ReleaseReports reports, DiffPages diffs,
            Observations observations, Set<String> published) {
        Reference reference = context.reference();
        List<PageJob> jobs = new ArrayList<>();
        EventPages events = new EventPages(context, new ObservationNotes(observations));
        GroupPages groups = new GroupPages(context);
        ListPages lists = new ListPages(context);
        ReleasePages releases = new ReleasePages(context, reports);
        HomePages home = new HomePages(context, !observations.isEmpty());
        jobs.add(new PageJob(SiteLinks.HOME, "index.ftlh", () -> home.page(published)));
        jobs.add(new PageJob(SiteLinks.NOT_FOUND, "404.ftlh",
                () -> new NotFoundPage(context.layout(SiteLinks.NOT_FOUND, "Page not found", "No page here.")
                        .withoutReleaseView())));
        for (String name : context.eventNames()) {
            jobs.add(new PageJob(SiteLinks.event(name), "event.ftlh", () -> events.page(name, published)));
        }
        Set<String> named = new HashSet<>(context.eventNames());
        for (io.eventref.model.Event event : reference.events()) {
            for (String alias : event.aliases()) {
                String path = SiteLinks.event(alias);
                String target = SiteLinks.relative(path, SiteLinks.event(event.name()));
                jobs.add(new PageJob(path, "alias.ftlh", () -> new AliasPage(
                        context.layout(path, alias, alias + " is another spelling of " + event.name() + ".")
                                .redirectingTo(target), alias, new Link(target, event.name()), "")));
            }
            for (io.eventref.model.Rename rename : event.lifecycle().renames()) {
                String path = SiteLinks.event(rename.from());
                if (!named.add(rename.from())) {
                    continue;
                }
                String target = SiteLinks.relative(path, SiteLinks.event(event.name()));
                String why = "It was renamed in " + rename.version() + ".";
                jobs.add(new PageJob(path, "alias.ftlh", () -> new AliasPage(
                        context.layout(path, rename.from(), rename.from() + " is the name " + event.name()
                                + " had before " + rename.version() + ".").redirectingTo(target),
                        rename.from(), new Link(target, event.name()), why)));
            }
        }
        FieldPages fields = new FieldPages(context);
        for (String name : FieldPages.names(reference)) {
            jobs.add(new PageJob(SiteLinks.field(name), "field.ftlh", () -> fields.page(name)));
        }
        for (FieldGroup group : reference.groups()) {
            jobs.add(new PageJob(SiteLinks.group(group.name()), "group.ftlh", () -> groups.page(group)));
        }
        for (Section section : reference.sections()) {
            jobs.add(new PageJob(SiteLinks.section(section.id()), "section.ftlh", () -> lists.section(section)));
        }
        for (Category category : reference.categories()) {
            jobs.add(new PageJob(SiteLinks.category(category.name()), "category.ftlh", () -> lists.category(category)));
        }
        jobs.add(new PageJob(SiteLinks.RELEASES, "releases.ftlh", releases::releases));
        for (Release release : reference.releases()) {
            String path = SiteLinks.release(release.version().toString());
            jobs.add(new PageJob(path, "release.ftlh", () -> releases.release(release, diffs.linksTo(release, path))));
        }
        for (ReleasePair pair : reports.consecutive()) {
            jobs.add(new PageJob(DiffPages.pagePath(pair), "diff.ftlh", () -> diffs.page(pair)));
        }
        jobs.add(new PageJob(DiffPages.COMPARE, "compare.ftlh", diffs::compare));
        if (!observations.isEmpty()) {
            jobs.add(new PageJob(ConformancePages.PATH, "conformance.ftlh",
                    () -> new ConformancePages(context, observations).page()));
        }
        SchemaDownloads downloads = SchemaDownloads.of(reference);
        if (DownloadsPages.hasSchemas(published, downloads)) {
            jobs.add(new PageJob(DownloadsPages.PATH, "downloads.ftlh",
                    () -> new DownloadsPages(context).page(downloads)));
        }
        return jobs;
    }
}
