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
        files.addAll(timings.time("schemas", () -> schemas(reference, options)));
        Set<String> published = files.stream().map(OutputFile::path).collect(Collectors.toSet());
        try {
            files.addAll(timings.time("pages", () -> new SiteRenderer(new Templates()).render(reference, options,
                    published)));
        } catch (SiteRenderer.BrokenLinksException e) {
            throw new InvalidOutputException("the site has broken links", e.links());
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** The event schemas, each checked against the 2020-12 meta-schema before anything is serialised. */
    private static List<OutputFile> schemas(Reference reference, BuildOptions options) {
        SchemaSet schemas = SchemaSet.of(reference, new SchemaLayout(options.baseUrl()));
        requireValid(schemas.documents());
        return schemas.files();
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
