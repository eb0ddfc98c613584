package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
                    file, all, true));
        }
        Map<String, List<Event>> byName = reference.events().stream()
                .collect(Collectors.groupingBy(Event::name, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Event>> entry : byName.entrySet()) {
            String name = entry.getKey();
            List<Event> declarations = entry.getValue();
            List<Version> releases = all.stream()
                    .filter(release -> declarations.stream().anyMatch(event -> event.lifecycle().existsIn(release)))
                    .toList();
            if (releases.isEmpty()) {
                continue;
            }
            boolean inLatest = releases.get(releases.size() - 1).equals(reference.latest().version());
            for (boolean strict : new boolean[] {false, true}) {
                schemas.add(entry(layout, "Dovecot event " + name + suffix(strict),
                        description(declarations.get(0), inLatest), SchemaLayout.eventFile(name, strict),
                        releases, inLatest));
            }
        }
        return root;
    }

    private static ObjectNode entry(SchemaLayout layout, String name, String description, String file,
            List<Version> releases, boolean inLatest) {
        ObjectNode entry = Nodes.object();
        entry.put("name", name);
        entry.put("description", description);
        String newest = releases.get(releases.size() - 1).toString();
        entry.put("url", layout.catalogUrl(inLatest ? SchemaLayout.LATEST : newest, file));
        ObjectNode versions = entry.putObject("versions");
        releases.forEach(release -> versions.put(release.toString(), layout.catalogUrl(release.toString(), file)));
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
