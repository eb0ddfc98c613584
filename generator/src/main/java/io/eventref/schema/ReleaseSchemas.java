package io.eventref.schema;

import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schemas of one folder: a release's, or {@code latest/} (the newest release's, with ids under latest/). */
final class ReleaseSchemas {

    private ReleaseSchemas() {
    }

    /** The folder's schemas, sorted by path. */
    static List<SchemaDocument> documents(Reference reference, Version release, String folder, SchemaLayout layout) {
        Map<String, List<Event>> events = eventsByName(reference.asOf(release));
        List<String> names = events.keySet().stream().sorted().toList();
        List<SchemaDocument> documents = new ArrayList<>(shared(names, layout, folder, release));
        for (boolean strict : new boolean[] {false, true}) {
            for (String name : names) {
                documents.add(document(folder, SchemaLayout.eventFile(name, strict),
                        EventSchema.tree(events.get(name), layout, folder, release, strict)));
            }
        }
        documents.sort(java.util.Comparator.comparing(SchemaDocument::path));
        return documents;
    }

    /** The folder's shared schemas: common, events and events.strict, in that order. */
    static List<SchemaDocument> shared(List<String> names, SchemaLayout layout, String folder, Version release) {
        return List.of(
                document(folder, SchemaLayout.COMMON, CommonSchema.tree(layout, folder, release)),
                document(folder, SchemaLayout.EVENTS, EventsSchema.tree(names, layout, folder, release, false)),
                document(folder, SchemaLayout.EVENTS_STRICT, EventsSchema.tree(names, layout, folder, release, true)));
    }

    /** The paths of the folder's schemas, sorted, known from the lifecycles alone. */
    static List<String> paths(Reference reference, Version release, String folder) {
        Release then = reference.requireRelease(release);
        List<String> names = reference.events().stream()
                .filter(event -> event.lifecycle().existsIn(release) && then.covers(event.edition()))
                .map(event -> event.lifecycle().nameIn(release, event.name())).distinct().toList();
        List<String> paths = new ArrayList<>();
        paths.add(SchemaLayout.path(folder, SchemaLayout.COMMON));
        paths.add(SchemaLayout.path(folder, SchemaLayout.EVENTS));
        paths.add(SchemaLayout.path(folder, SchemaLayout.EVENTS_STRICT));
        for (String name : names) {
            paths.add(SchemaLayout.path(folder, SchemaLayout.eventFile(name, false)));
            paths.add(SchemaLayout.path(folder, SchemaLayout.eventFile(name, true)));
        }
        paths.sort(null);
        return paths;
    }

    /** The events of {@code asOf} by name, each with its declarations (two when two processes emit it). */
    static Map<String, List<Event>> eventsByName(Reference asOf) {
        Map<String, List<Event>> byName = new LinkedHashMap<>();
        for (Event event : asOf.events()) {
            byName.computeIfAbsent(event.name(), name -> new ArrayList<>()).add(event);
        }
        return byName;
    }

    private static SchemaDocument document(String folder, String file, com.fasterxml.jackson.databind.node.ObjectNode tree) {
        return new SchemaDocument(SchemaLayout.path(folder, file), tree);
    }
}
