package io.eventref.build;

import io.eventref.export.ModelExporter;
import io.eventref.model.Reference;
import io.eventref.output.BuildOptions;
import io.eventref.output.OutputFile;
import io.eventref.schema.SchemaDocument;
import io.eventref.schema.SchemaLayout;
import io.eventref.schema.SchemaSet;
import io.eventref.site.SiteRenderer;
import io.eventref.site.Templates;
import io.eventref.validate.MetaSchemaCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders everything a build publishes, as values, sorted by path; nothing here touches the disk. */
public final class OutputRenderer {

    /**
     * The build's files: the model export, then the other outputs.
     *
     * @throws InvalidOutputException when a generated schema is not a valid 2020-12 schema
     */
    public List<OutputFile> render(Reference reference, BuildOptions options, Timings timings) {
        List<OutputFile> files = new ArrayList<>();
        files.add(timings.time("model", () ->
                OutputFile.text("model.json", ModelExporter.toJson(new ModelExporter().toTree(reference)))));
        SchemaSet schemas = timings.time("schemas", () -> SchemaSet.of(reference, new SchemaLayout(options.baseUrl())));
        Set<String> published = new HashSet<>(schemas.paths());
        published.add("model.json");
        // The schemas' check and serialisation need nothing from the pages, so they run beside them;
        // the schemas are checked against the meta-schema one of each shape (SchemaSet#representatives).
        CompletableFuture<List<OutputFile>> schemaFiles = CompletableFuture.supplyAsync(() -> {
            timings.time("meta-check", () -> {
                requireValid(schemas.representatives());
                return null;
            });
            return timings.time("schema-files", schemas::files);
        });
        try {
            files.addAll(timings.time("pages", () -> new SiteRenderer(new Templates()).render(reference, options,
                    published)));
        } catch (SiteRenderer.BrokenLinksException e) {
            throw new InvalidOutputException("the site has broken links", e.links());
        } finally {
            files.addAll(join(schemaFiles));
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    private static List<OutputFile> join(CompletableFuture<List<OutputFile>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** @throws InvalidOutputException naming every schema that breaks the 2020-12 meta-schema, and where */
    static void requireValid(List<SchemaDocument> documents) {
        List<String> problems = new MetaSchemaCheck().checkAll(documents.stream().collect(
                Collectors.toMap(SchemaDocument::path, SchemaDocument::tree, (first, same) -> first, LinkedHashMap::new)));
        if (!problems.isEmpty()) {
            throw new InvalidOutputException("generated schemas are not valid JSON Schema 2020-12", problems);
        }
    }
}
