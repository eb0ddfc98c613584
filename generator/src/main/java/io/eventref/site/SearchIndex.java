package io.eventref.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.diff.ReleasePair;
import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The static search index, written at build time as a script ({@code window.EVENTREF_SEARCH = [...]})
 * so that search also works from {@code file://}; the page's script hands it to MiniSearch. Entries:
 * events (with their other names and their field names), field names (leading to the page of the
 * name), groups, categories and the upgrade pages; urls are relative to the site root; {@code names} are an entry's
 * other names (aliases, names before a rename); {@code in} is the entry's {@link Lifespan} (absent
 * when it exists in every release).
 */
final class SearchIndex {

    private final PageContext context;

    SearchIndex(PageContext context) {
        this.context = context;
    }

    String script() {
        Reference reference = context.reference();
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (Event event : reference.events()) {
            if (seen.add(event.name())) {
                ObjectNode entry = entry(entries, "event", event.name(), context.sanitizer().summary(event.description()),
                        SiteLinks.event(event.name()), context.lifespan(event.lifecycle(), event.edition()));
                Set<String> names = new LinkedHashSet<>(event.lifecycle().names(event.name()));
                names.addAll(event.aliases());
                names.remove(event.name());
                ArrayNode other = entry.putArray("names");
                names.forEach(other::add);
                Set<String> fields = new LinkedHashSet<>();
                context.declarations(event.name()).forEach(e -> e.fields().forEach(f -> fields.add(f.name())));
                ArrayNode list = entry.putArray("fields");
                fields.forEach(list::add);
            }
        }
        Map<String, Set<String>> carriers = new TreeMap<>();
        FieldPages.names(reference).forEach(name -> carriers.put(name, new java.util.TreeSet<>()));
        for (Event event : reference.events()) {
            event.fields().forEach(field -> field.lifecycle().names(field.name())
                    .forEach(name -> carriers.get(name).add(event.name())));
        }
        carriers.forEach((name, events) -> entry(entries, "field", name, events.size() == 1
                ? "Carried by " + events.iterator().next() + "."
                : "Carried by " + events.size() + " events.", SiteLinks.field(name), Lifespan.ALWAYS));
        for (FieldGroup group : reference.groups()) {
            entry(entries, "group", group.name(), context.sanitizer().summary(group.description()),
                    SiteLinks.group(group.name()), context.lifespan(group.lifecycle(), group.edition()));
        }
        for (Category category : reference.categories()) {
            ObjectNode entry = entry(entries, "category", category.name(),
                    context.sanitizer().summary(category.description()), SiteLinks.category(category.name()),
                    context.lifespan(category.lifecycle(), category.edition()));
            ArrayNode other = entry.putArray("names");
            category.lifecycle().names(category.name()).stream().filter(name -> !name.equals(category.name()))
                    .forEach(other::add);
        }
        for (UpgradePages.Target target : UpgradePages.targets(ReleasePair.upgrades(reference))) {
            entry(entries, "upgrade", UpgradePages.title(target), "What changes from " + target.pair().from() + " to "
                    + target.pair().to() + " for statistics and exporters: breaking changes first.", target.path(),
                    Lifespan.ALWAYS);
        }
        return "window.EVENTREF_SEARCH = " + entries.toString() + ";\n";
    }

    private static ObjectNode entry(ArrayNode entries, String kind, String name, String text, String url,
            Lifespan lifespan) {
        ObjectNode entry = entries.addObject();
        entry.put("kind", kind);
        entry.put("name", name);
        entry.put("text", text);
        entry.put("url", url);
        String in = lifespan.in();
        if (!in.isEmpty()) {
            entry.put("in", in);
        }
        return entry;
    }
}
