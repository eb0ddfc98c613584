package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.json.Json;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import io.eventref.output.OutputFile;
import io.eventref.output.OutputSink;
import io.eventref.render.BuildCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every published schema of a reference: one folder per release and {@code latest/}, the catalog,
 * and one zip per release. The schemas are made folder by folder as they are written, so that
 * a big reference never holds them all in memory.
 */
public final class SchemaSet {

    /** The annotation that names the release a schema describes: a free-form string. */
    public static final String RELEASE_ANNOTATION = "x-eventref-release";

    /**
     * The zips of folders bigger than this are made again on each build: hashing their entries
     * costs nearly what zipping them does, and the cache would hold tens of megabytes.
     */
    private static final long ZIP_KEPT_BELOW = 16L << 20;

    private final Reference reference;
    private final SchemaLayout layout;

    private SchemaSet(Reference reference, SchemaLayout layout) {
        this.reference = reference;
        this.layout = layout;
    }

    /** The schemas of every release of {@code reference}, with ids as {@code layout} says. */
    public static SchemaSet of(Reference reference, SchemaLayout layout) {
        return new SchemaSet(Objects.requireNonNull(reference, "reference"), Objects.requireNonNull(layout, "layout"));
    }

    /** A folder of schemas: a release's, or latest/ (the newest release's). */
    private record Folder(Version release, String name, boolean zipped) {
    }

    private List<Folder> folders() {
        List<Folder> folders = new ArrayList<>();
        for (Release release : reference.releases()) {
            folders.add(new Folder(release.version(), release.version().toString(), true));
        }
        folders.add(new Folder(reference.latest().version(), SchemaLayout.LATEST, false));
        return folders;
    }

    /** The paths of every file {@link #write} writes, known without making any schema. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (Folder folder : folders()) {
            paths.addAll(ReleaseSchemas.paths(reference, folder.release(), folder.name()));
            if (folder.zipped()) {
                paths.add(SchemaLayout.zipPath(folder.release()));
            }
        }
        paths.add(SchemaLayout.CATALOG);
        return paths;
    }

    /**
     * Makes the schemas folder by folder and writes them, with the catalog and the zips, to
     * {@code sink}. Before a folder is written, {@code check} gets the schemas made afresh for it:
     * the shared ones, and those of events that changed since the previous folder (an unchanged
     * event's schema is the previous one with its id and release swapped, see
     * {@link EventSchemaCache}); {@code check} throws to stop the build. A zip whose entries are
     * those of a previous build comes from {@code buildCache}.
     */
    public void write(OutputSink sink, BuildCache buildCache, Consumer<List<FreshSchema>> check) {
        EventSchemaCache cache = new EventSchemaCache();
        for (Folder folder : folders()) {
            List<OutputFile> files = writeFolder(folder, cache, buildCache, check);
            files.forEach(sink::write);
            if (folder.zipped()) {
                String prefix = SchemaLayout.folder(folder.name());
                List<OutputFile> entries = files.stream()
                        .map(file -> new OutputFile(file.path().substring(prefix.length()), file.content()))
                        .toList();
                String top = "eventref-schemas-" + folder.release();
                // A rebuild zips the same entries into the same bytes: keep them between builds,
                // unless they are too big to be worth keeping (a reference of thousands of events).
                long size = entries.stream().mapToLong(entry -> entry.content().length).sum();
                // A build of the same process whose entries are the very files of the last one (an
                // entry's bytes compare by identity) takes the last zip without hashing them.
                byte[] zip = buildCache.value("schema-zip " + folder.name(), entries, byte[].class, () -> size > ZIP_KEPT_BELOW
                        ? SchemaZip.zip(top, entries)
                        : buildCache.fact("schema-zip", () -> SchemaZip.key(top, entries), () -> SchemaZip.zip(top, entries)));
                sink.write(new OutputFile(SchemaLayout.zipPath(folder.release()), zip));
            }
        }
        sink.write(OutputFile.text(SchemaLayout.CATALOG, Json.pretty(SchemaCatalog.tree(reference, layout))));
    }

    /** One event schema to make: the event's name, and whether the strict variant. */
    private record EventFile(String name, boolean strict) {
    }

    /** A schema file made for a folder, and its tree when it was made afresh (else null). */
    private record Made(OutputFile file, FreshSchema fresh) {
    }

    /** The files of one folder, sorted by path; the schemas made afresh are checked first. */
    private List<OutputFile> writeFolder(Folder folder, EventSchemaCache cache, BuildCache buildCache,
            Consumer<List<FreshSchema>> check) {
        String release = folder.release().toString();
        Map<String, List<Event>> events = ReleaseSchemas.eventsByName(reference.asOf(folder.release()));
        List<String> names = events.keySet().stream().sorted().toList();
        List<FreshSchema> fresh = new ArrayList<>();
        for (SchemaDocument shared : ReleaseSchemas.shared(names, layout, folder.name(), folder.release())) {
            fresh.add(new FreshSchema(shared, Json.pretty(shared.tree())));
        }
        List<EventFile> work = new ArrayList<>();
        for (String name : names) {
            work.add(new EventFile(name, false));
            work.add(new EventFile(name, true));
        }
        List<Made> made = work.parallelStream().map(item -> {
            String file = SchemaLayout.eventFile(item.name(), item.strict());
            String path = SchemaLayout.path(folder.name(), file);
            String id = layout.id(folder.name(), file);
            List<Event> declarations = events.get(item.name());
            // A later build of the same process takes the file again when the declarations are equal.
            FreshSchema[] afresh = new FreshSchema[1];
            OutputFile output = buildCache.value("schema " + path,
                    List.of(declarations, layout, folder.release(), item.strict()), OutputFile.class, () -> {
                        String reused = cache.reuse(file, declarations, id, release);
                        if (reused != null) {
                            return OutputFile.text(path, reused);
                        }
                        ObjectNode tree = EventSchema.tree(declarations, layout, folder.name(), folder.release(),
                                item.strict());
                        String json = cache.remember(file, declarations, id, release, tree);
                        afresh[0] = new FreshSchema(new SchemaDocument(path, tree), json);
                        return OutputFile.text(path, json);
                    });
            return new Made(output, afresh[0]);
        }).toList();
        List<OutputFile> files = new ArrayList<>();
        for (Made result : made) {
            files.add(result.file());
            if (result.fresh() != null) {
                fresh.add(result.fresh());
            }
        }
        check.accept(fresh);
        for (FreshSchema shared : fresh.subList(0, 3)) {
            files.add(OutputFile.text(shared.document().path(), shared.json()));
        }
        files.sort(java.util.Comparator.comparing(OutputFile::path));
        return files;
    }

    /** Every schema, folder by folder (releases oldest first, then latest/), sorted by path in each. */
    public List<SchemaDocument> documents() {
        List<SchemaDocument> documents = new ArrayList<>();
        folders().forEach(folder -> documents.addAll(
                ReleaseSchemas.documents(reference, folder.release(), folder.name(), layout)));
        return documents;
    }

    /** Everything {@link #write} writes, in memory (for small references and tests). */
    public List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>();
        write(files::add, BuildCache.disabled(), documents -> { });
        return files;
    }
}
