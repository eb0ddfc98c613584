package io.eventref.schema;

import io.eventref.export.ModelExporter;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.output.OutputFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * Every published schema of a reference: one folder per release, {@code latest/}, then (as files)
 * the catalog and one zip per release. Built once; the trees must not be changed afterwards.
 */
public final class SchemaSet {

    /** The annotation that names the release a schema describes: a free-form string. */
    public static final String RELEASE_ANNOTATION = "x-eventref-release";

    private final Reference reference;
    private final SchemaLayout layout;
    private final List<SchemaDocument> documents;

    private SchemaSet(Reference reference, SchemaLayout layout, List<SchemaDocument> documents) {
        this.reference = reference;
        this.layout = layout;
        this.documents = List.copyOf(documents);
    }

    /** Builds the schemas of every release of {@code reference}, with ids as {@code layout} says. */
    public static SchemaSet of(Reference reference, SchemaLayout layout) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(layout, "layout");
        List<SchemaDocument> documents = new ArrayList<>();
        for (Release release : reference.releases()) {
            documents.addAll(ReleaseSchemas.documents(reference, release.version(), release.version().toString(),
                    layout));
        }
        documents.addAll(ReleaseSchemas.documents(reference, reference.latest().version(), SchemaLayout.LATEST,
                layout));
        return new SchemaSet(reference, layout, documents);
    }

    /** Every schema, folder by folder (releases oldest first, then latest/), sorted by path in each. */
    public List<SchemaDocument> documents() {
        return documents;
    }

    /**
     * One schema of each shape, by path: schemas that differ only in their release annotation (the
     * same event unchanged across releases) are valid or invalid together, since the 2020-12
     * meta-schema places no constraint on an unknown keyword's value. For checks that are costly
     * per schema, such as the meta-schema check.
     */
    public List<SchemaDocument> representatives() {
        Map<JsonNode, SchemaDocument> byShape = new LinkedHashMap<>();
        for (SchemaDocument document : documents) {
            ObjectNode shape = document.tree().deepCopy();
            shape.remove(RELEASE_ANNOTATION);
            byShape.putIfAbsent(shape, document);
        }
        return List.copyOf(byShape.values());
    }

    /** The paths of {@link #files()}, known without serialising anything. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        documents.forEach(document -> paths.add(document.path()));
        paths.add(SchemaLayout.CATALOG);
        reference.releases().forEach(release -> paths.add(SchemaLayout.zipPath(release.version())));
        return paths;
    }

    /** The schemas as files, the catalog, and the zip of each release's folder. */
    public List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>(documents.parallelStream()
                .map(document -> OutputFile.text(document.path(), ModelExporter.toJson(document.tree())))
                .toList());
        files.add(OutputFile.text(SchemaLayout.CATALOG, ModelExporter.toJson(SchemaCatalog.tree(reference, layout))));
        List<OutputFile> schemas = List.copyOf(files);
        files.addAll(reference.releases().parallelStream().map(release -> {
            String folder = SchemaLayout.folder(release.version().toString());
            List<OutputFile> entries = schemas.stream()
                    .filter(file -> file.path().startsWith(folder))
                    .map(file -> new OutputFile(file.path().substring(folder.length()), file.content()))
                    .toList();
            return new OutputFile(SchemaLayout.zipPath(release.version()),
                    SchemaZip.zip("eventref-schemas-" + release.version(), entries));
        }).toList());
        return files;
    }
}
