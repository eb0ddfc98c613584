package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code schemas/catalog.json} in the format of the SchemaStore catalog
 * ({@code https://json.schemastore.org/schema-catalog.json}): one entry per schema name, its
 * {@code url} the newest copy, and {@code versions} mapping every release that has it to that
 * release's copy. The URLs are absolute under the base URL; without one they are relative to the
 * catalog (SchemaStore itself wants absolute https URLs, so publish with a base URL).
 */
final class SchemaCatalog {

    static final String FORMAT = "https://json.schemastore.org/schema-catalog.json";

    private SchemaCatalog() {
    }

    static ObjectNode tree(Reference reference, SchemaLayout layout) {
        ObjectNode root = Nodes.object();
        root.put("$schema", FORMAT);
        root.put("version", 1);
        ArrayNode schemas = root.putArray("schemas");
        List<Version> all = reference.versions();
        for (boolean strict : new boolean[] {false, true}) {
            String file = strict ? SchemaLayout.EVENTS_STRICT : SchemaLayout.EVENTS;
            schemas.add(entry(layout, "Dovecot exported events" + suffix(strict),
                    "One line of Dovecot's event exporter (format = json): any documented event"
                            + (strict ? "; undocumented events and field names are rejected." : "."),
                    release -> file, all, reference.latest().version()));
        }
        Map<String, List<Event>> byName = reference.events().stream()
                .collect(Collectors.groupingBy(Event::name, TreeMap::new, Collectors.toList()));
        Version latest = reference.latest().version();
        for (Map.Entry<String, List<Event>> entry : byName.entrySet()) {
            String name = entry.getKey();
            List<Event> declarations = entry.getValue();
            Event first = declarations.get(0);
            List<Version> releases = reference.releases().stream()
                    .filter(release -> release.covers(first.edition()))
                    .map(Release::version)
                    .filter(release -> declarations.stream().anyMatch(event -> event.lifecycle().existsIn(release)))
                    .toList();
            if (releases.isEmpty()) {
                continue;
            }
            boolean inLatest = releases.contains(latest);
            for (boolean strict : new boolean[] {false, true}) {
                schemas.add(entry(layout, "Dovecot event " + name + suffix(strict), description(first, inLatest),
                        release -> SchemaLayout.eventFile(first.lifecycle().nameIn(release, name), strict),
                        releases, inLatest ? latest : null));
            }
        }
        return root;
    }

    /**
     * {@code file} names the schema in each of {@code releases}; {@code latest} is the newest release
     * when the entry is in it (its url is then under {@code latest/}), else null.
     */
    private static ObjectNode entry(SchemaLayout layout, String name, String description,
            Function<Version, String> file, List<Version> releases, Version latest) {
        ObjectNode entry = Nodes.object();
        entry.put("name", name);
        entry.put("description", description);
        Version newest = latest != null ? latest : releases.get(releases.size() - 1);
        entry.put("url", layout.catalogUrl(latest != null ? SchemaLayout.LATEST : newest.toString(), file.apply(newest)));
        ObjectNode versions = entry.putObject("versions");
        releases.forEach(release -> versions.put(release.toString(),
                layout.catalogUrl(release.toString(), file.apply(release))));
        return entry;
    }

    private static String description(Event event, boolean inLatest) {
        String text = event.description().markdown().isBlank()
                ? "The event " + event.name() + "."
                : event.description().markdown();
        if (!inLatest && event.lifecycle().removed() != null) {
            text += " Removed in " + event.lifecycle().removed() + ".";
        }
        return text;
    }

    private static String suffix(boolean strict) {
        return strict ? " (strict)" : "";
    }
}
