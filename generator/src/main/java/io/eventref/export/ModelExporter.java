package io.eventref.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.AllowedValue;
import io.eventref.model.Category;
import io.eventref.model.Change;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Rename;
import io.eventref.model.Section;
import io.eventref.model.Version;
import java.util.List;

/**
 * The model export ({@code model.json}, described by {@code schemas/model.schema.json}): keys in a
 * fixed order, versions as plain strings ({@code null}: since before the first listed release).
 * {@link io.eventref.json.Json} prints it.
 */
public final class ModelExporter {

    /** The version of the export's shape; bumped when it changes incompatibly. */
    public static final int FORMAT = 2;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public ObjectNode toTree(Reference reference) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        ArrayNode releases = root.putArray("releases");
        reference.releases().forEach(release -> releases.add(release.version().toString()));
        ArrayNode details = root.putArray("releaseDetails");
        reference.releases().forEach(release -> details.add(release(release)));
        ArrayNode sections = root.putArray("sections");
        reference.sections().forEach(section -> sections.add(section(section)));
        ArrayNode categories = root.putArray("categories");
        reference.categories().forEach(category -> categories.add(category(category)));
        ArrayNode globals = root.putArray("globalFields");
        reference.globalFields().forEach(field -> globals.add(field(field)));
        ArrayNode groups = root.putArray("groups");
        reference.groups().forEach(group -> groups.add(group(group)));
        ArrayNode events = root.putArray("events");
        reference.events().forEach(event -> events.add(event(event)));
        return root;
    }

    private static ObjectNode release(Release release) {
        ObjectNode node = NODES.objectNode();
        node.put("version", release.version().toString());
        node.put("released", release.released());
        node.put("date", release.date());
        node.put("note", release.note());
        strings(node.putArray("editions"), release.editions().stream().map(Edition::id).toList());
        return node;
    }

    private static ObjectNode section(Section section) {
        ObjectNode node = NODES.objectNode();
        node.put("id", section.id());
        node.put("title", section.title());
        node.put("edition", section.edition().id());
        node.put("description", section.description().markdown());
        lifecycle(node, section.lifecycle());
        strings(node.putArray("groups"), section.groups());
        strings(node.putArray("events"), section.events());
        return node;
    }

    private static ObjectNode category(Category category) {
        ObjectNode node = NODES.objectNode();
        node.put("name", category.name());
        node.put("edition", category.edition().id());
        node.put("description", category.description().markdown());
        node.put("parent", category.parent());
        lifecycle(node, category.lifecycle());
        return node;
    }

    private static ObjectNode group(FieldGroup group) {
        ObjectNode node = NODES.objectNode();
        node.put("name", group.name());
        node.put("section", group.section());
        node.put("edition", group.edition().id());
        node.put("description", group.description().markdown());
        strings(node.putArray("inherits"), group.inherits());
        strings(node.putArray("contexts"), group.contexts());
        strings(node.putArray("categories"), group.categories());
        lifecycle(node, group.lifecycle());
        ArrayNode fields = node.putArray("fields");
        group.fields().forEach(field -> fields.add(field(field)));
        return node;
    }

    private static ObjectNode event(Event event) {
        ObjectNode node = NODES.objectNode();
        node.put("name", event.name());
        node.put("process", event.process());
        strings(node.putArray("aliases"), event.aliases());
        node.put("section", event.section());
        node.put("edition", event.edition().id());
        node.put("description", event.description().markdown());
        strings(node.putArray("categories"), event.categories());
        strings(node.putArray("inherits"), event.inherits());
        lifecycle(node, event.lifecycle());
        ArrayNode fields = node.putArray("fields");
        event.fields().forEach(field -> fields.add(field(field)));
        strings(node.putArray("contexts"), event.contexts());
        ArrayNode contextFields = node.putArray("contextFields");
        event.contextFields().forEach(field -> contextFields.add(field(field)));
        return node;
    }

    private static ObjectNode field(Field field) {
        ObjectNode node = NODES.objectNode();
        node.put("name", field.name());
        node.put("type", field.type().id());
        node.put("description", field.description().markdown());
        strings(node.putArray("values"), field.values());
        if (field.allowed().stream().anyMatch(value -> !value.lifecycle().equals(Lifecycle.ALWAYS))) {
            ArrayNode history = node.putArray("valueHistory");
            for (AllowedValue value : field.allowed()) {
                ObjectNode entry = history.addObject();
                entry.put("value", value.value());
                lifecycle(entry, value.lifecycle());
            }
        }
        lifecycle(node, field.lifecycle());
        node.put("source", field.origin());
        return node;
    }

    private static void lifecycle(ObjectNode node, Lifecycle lifecycle) {
        node.put("added", text(lifecycle.added()));
        node.put("deprecated", text(lifecycle.deprecated()));
        if (lifecycle.deprecatedNote() != null) {
            node.put("deprecatedNote", lifecycle.deprecatedNote());
        }
        node.put("removed", text(lifecycle.removed()));
        if (lifecycle.removedNote() != null) {
            node.put("removedNote", lifecycle.removedNote());
        }
        ArrayNode changes = node.putArray("changes");
        for (Change change : lifecycle.changes()) {
            ObjectNode entry = changes.addObject();
            entry.put("version", change.version().toString());
            entry.put("note", change.note());
        }
        ArrayNode renames = node.putArray("renames");
        for (Rename rename : lifecycle.renames()) {
            ObjectNode entry = renames.addObject();
            entry.put("version", rename.version().toString());
            entry.put("from", rename.from());
            if (rename.note() != null) {
                entry.put("note", rename.note());
            }
        }
    }

    private static String text(Version version) {
        return version == null ? null : version.toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
