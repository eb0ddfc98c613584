package io.eventref.build;

import io.eventref.capture.Conformance;
import io.eventref.content.Prose;
import io.eventref.diff.ReleaseReports;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.export.ModelExporter;
import io.eventref.json.Json;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.output.OutputSink;
import io.eventref.render.BuildCache;
import io.eventref.render.BuildOptions;
import io.eventref.render.Timings;
import io.eventref.schema.FreshSchema;
import io.eventref.schema.SchemaDocument;
import io.eventref.schema.SchemaLayout;
import io.eventref.schema.SchemaSet;
import io.eventref.site.Guides;
import io.eventref.site.SiteRenderer;
import io.eventref.site.Templates;
import io.eventref.validate.MetaSchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/** Renders everything a build publishes, as values, sorted by path; nothing here touches the disk. */
public final class OutputRenderer {

    /** "Check your config", which the upgrade pages end with. */
    static final String CHECK_YOUR_CONFIG = "docs/upgrade-check.md";

    private final Templates templates;
    /** The guides, read once: a process that renders again and again (eventref serve) reads them once. */
    private final Guides guides = guides();

    /** Renders with the templates shipped in the jar. */
    public OutputRenderer() {
        this(new Templates());
    }

    /** Renders with {@code templates} (those of a folder being edited, say). */
    public OutputRenderer(Templates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** Everything a build without conformance captures publishes, in memory, sorted by path. */
    public List<OutputFile> render(Reference reference, BuildOptions options) {
        return render(reference, Conformance.NONE, options);
    }

    /** Everything a build publishes, in memory, sorted by path (for small references and tests). */
    public List<OutputFile> render(Reference reference, Conformance conformance, BuildOptions options) {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        render(reference, conformance, options, new Timings(), files::add);
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return sorted;
    }

    /**
     * Renders everything a build publishes into {@code sink} as it is made, stage by stage: the
     * model export; the schemas (checked against the meta-schema folder by folder, beside the rest,
     * since nothing else needs them); the diff reports' downloads; and the site, whose diff and
     * release pages show those same reports, and the conformance runs when there are some. Returns the
     * warnings about the content that rendering finds.
     *
     * @throws InvalidOutputException when a schema is invalid or a page links nowhere
     */
    public List<Diagnostic> render(Reference reference, Conformance conformance, BuildOptions options,
            Timings timings, OutputSink sink) {
        sink.write(timings.time("model", () -> options.cache().value("model.json", reference, OutputFile.class,
                () -> OutputFile.text("model.json", Json.pretty(new ModelExporter().toTree(reference))))));
        SchemaSet schemas = SchemaSet.of(reference, new SchemaLayout(options.baseUrl()));
        ReleaseReports reports = reports(reference, options);
        Set<String> published = published(schemas, reports);
        CompletableFuture<Void> schemasWritten = CompletableFuture.runAsync(() -> timings.time("schemas", () -> {
            MetaCheck check = new MetaCheck(options.cache());
            schemas.write(sink, options.cache(), check::requireValid);
            return null;
        }));
        try {
            timings.time("diff reports", () -> {
                reports.write(sink);
                return null;
            });
            return new SiteRenderer(templates, guides).render(reference, reports, conformance, options, published,
                    timings, sink);
        } catch (SiteRenderer.BrokenLinksException e) {
            throw new InvalidOutputException("the site has broken links", e.links());
        } finally {
            join(schemasWritten);
        }
    }

    /**
     * The pages among {@code paths} (site paths such as {@code events/mail_opened.html}) as
     * {@link #render} makes them, and no other file: a preview of the pages being read, made before
     * the rest of a build. Nothing is checked; the build that follows checks them.
     */
    public List<OutputFile> preview(Reference reference, Conformance conformance, BuildOptions options,
            Set<String> paths) {
        ReleaseReports reports = reports(reference, options);
        Set<String> published = published(SchemaSet.of(reference, new SchemaLayout(options.baseUrl())), reports);
        return new SiteRenderer(templates, guides).pages(reference, reports, conformance, options, published, paths);
    }

    /**
     * The diff reports of {@code reference}: those of the last build when the cache keeps values
     * and what the reports read of the reference is the same ({@link ReleaseReports#input()}).
     */
    private static ReleaseReports reports(Reference reference, BuildOptions options) {
        ReleaseReports reports = new ReleaseReports(reference);
        return options.cache().value("release reports", reports.input(), ReleaseReports.class, () -> reports);
    }

    /** The paths of the files besides the site's that pages may link to. */
    private static Set<String> published(SchemaSet schemas, ReleaseReports reports) {
        Set<String> published = new HashSet<>(schemas.paths());
        published.addAll(reports.paths());
        published.add("model.json");
        return published;
    }

    /** The guides the site shows beside the reference, read from the jar ({@code docs/} of the project). */
    static Guides guides() {
        try (InputStream in = OutputRenderer.class.getResourceAsStream("/" + CHECK_YOUR_CONFIG)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + CHECK_YOUR_CONFIG);
            }
            return new Guides(Prose.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void join(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** @throws InvalidOutputException naming every schema that breaks the 2020-12 meta-schema, and where */
    static void requireValid(List<SchemaDocument> documents) {
        requireValid(new MetaSchemaCheck(), documents);
    }

    /**
     * The meta-schema check of a build: the meta-schema is compiled once, and only when a schema
     * is not known valid from a previous build (its exact text was checked then).
     */
    private static final class MetaCheck {
        private static final String VALID = "valid-2020-12-schema";
        private final BuildCache cache;
        private MetaSchemaCheck check;

        MetaCheck(BuildCache cache) {
            this.cache = cache;
        }

        void requireValid(List<FreshSchema> fresh) {
            List<FreshSchema> unknown = fresh.stream()
                    .filter(schema -> cache.fact(VALID, schema.json(), () -> null) == null)
                    .toList();
            if (unknown.isEmpty()) {
                return;
            }
            if (check == null) {
                check = new MetaSchemaCheck();
            }
            OutputRenderer.requireValid(check, unknown.stream().map(FreshSchema::document).toList());
            for (FreshSchema valid : unknown) {
                cache.fact(VALID, valid.json(), () -> new byte[0]);
            }
        }
    }

    /** Like {@link #requireValid(List)}, with a meta-schema compiled once for the whole build. */
    private static void requireValid(MetaSchemaCheck check, List<SchemaDocument> documents) {
        List<String> problems = check.checkAll(documents.stream().collect(
                Collectors.toMap(SchemaDocument::path, SchemaDocument::tree, (first, same) -> first, LinkedHashMap::new)));
        if (!problems.isEmpty()) {
            throw new InvalidOutputException("generated schemas are not valid JSON Schema 2020-12", problems);
        }
    }
}
