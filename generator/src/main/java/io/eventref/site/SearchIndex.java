package io.eventref.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The static search index, written at build time as a script ({@code window.EVENTREF_SEARCH = [...]})
 * so that search also works from {@code file://}. Entries: events (with their field names),
 * groups, categories and fields (each where it is declared); urls are relative to the site root;
 * {@code in} is the entry's {@link Lifespan} (absent when it exists in every release).
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
                ObjectNode entry = entry(entries, "event", event.name(), event.description(),
                        SiteLinks.event(event.name()), context.lifespan(event.lifecycle(), event.edition()));
                ArrayNode aliases = entry.putArray("aliases");
                event.aliases().forEach(aliases::add);
                ArrayNode fields = entry.putArray("fields");
                context.declarations(event.name()).forEach(e -> e.fields().forEach(f -> fields.add(f.name())));
            }
            for (Field field : event.fields()) {
                if (Field.OWN.equals(field.origin())) {
                    fieldEntry(entries, field, event.name(), SiteLinks.event(event.name()));
                }
            }
        }
        for (FieldGroup group : reference.groups()) {
            entry(entries, "group", group.name(), group.description(), SiteLinks.group(group.name()),
                    context.lifespan(group.lifecycle(), group.edition()));
            for (Field field : group.ownFields()) {
                fieldEntry(entries, field, group.name(), SiteLinks.group(group.name()));
            }
        }
        for (Field field : reference.globalFields()) {
            fieldEntry(entries, field, "all events", SiteLinks.HOME);
        }
        for (Category category : reference.categories()) {
            entry(entries, "category", category.name(), category.description(), SiteLinks.category(category.name()),
                    context.lifespan(category.lifecycle(), category.edition()));
        }
        return "window.EVENTREF_SEARCH = " + entries.toString() + ";\n";
    }

    private ObjectNode entry(ArrayNode entries, String kind, String name, io.eventref.model.Description description,
            String url, Lifespan lifespan) {
        ObjectNode entry = entries.addObject();
        entry.put("kind", kind);
        entry.put("name", name);
        entry.put("text", context.sanitizer().summary(description));
        entry.put("url", url);
        String in = lifespan.in();
        if (!in.isEmpty()) {
            entry.put("in", in);
        }
        return entry;
    }

    private void fieldEntry(ArrayNode entries, Field field, String holder, String holderUrl) {
        ObjectNode entry = entry(entries, "field", field.name(), field.description(),
                holderUrl + "#" + SiteLinks.fieldAnchor(field.name()), context.lifespan(field.lifecycle()));
        entry.put("holder", holder);
    }
}
