package io.eventref.resolve;

import io.eventref.content.CategoryDraft;
import io.eventref.content.ContentDraft;
import io.eventref.content.FieldDraft;
import io.eventref.content.FileDraft;
import io.eventref.content.FileKind;
import io.eventref.content.ItemDraft;
import io.eventref.content.ValueDraft;
import io.eventref.model.Lifecycle;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The effective lifecycle of everything in the drafts that carries markers, worked out once: the
 * first pass of resolving, which validation checks and {@link Resolver} then builds on. Headings get
 * their markers within those of the headings that hold them; field rows theirs within their event's
 * or group's (global fields within the file's title); category rows theirs within their subsection;
 * values their own markers, relative to their field. Lookups are by identity of the draft. Immutable
 * once built; tolerant of drafts with errors (a marker that did not parse simply is not there).
 */
public final class LifecycleTable {

    private final Map<ItemDraft, Lifecycle> items = new IdentityHashMap<>();
    private final Map<FieldDraft, Lifecycle> fields = new IdentityHashMap<>();
    private final Map<CategoryDraft, Lifecycle> categories = new IdentityHashMap<>();
    private final Map<ValueDraft, Lifecycle> values = new IdentityHashMap<>();

    private LifecycleTable() {
    }

    /** The lifecycles of every marked thing in {@code draft}. */
    public static LifecycleTable of(ContentDraft draft) {
        Objects.requireNonNull(draft, "draft");
        LifecycleTable table = new LifecycleTable();
        for (FileDraft file : draft.files()) {
            for (ItemDraft item : file.items()) {
                Lifecycle outer = item.parent() < 0 ? Lifecycle.ALWAYS : table.items.get(file.items().get(item.parent()));
                Lifecycle effective = Lifecycles.nested(outer, Lifecycles.declared(item.markers()));
                table.items.put(item, effective);
                item.fields().forEach(field -> table.putField(field, effective));
            }
            Lifecycle title = file.items().isEmpty() ? Lifecycle.ALWAYS : table.items.get(file.items().get(0));
            file.globalFields().forEach(field -> table.putField(field, file.kind() == FileKind.GLOBAL_FIELDS
                    ? title : Lifecycle.ALWAYS));
            for (CategoryDraft category : file.categories()) {
                Lifecycle scope = table.items.get(file.items().get(category.scope()));
                table.categories.put(category, Lifecycles.nested(scope, Lifecycles.declared(category.markers())));
            }
        }
        return table;
    }

    private void putField(FieldDraft field, Lifecycle holder) {
        fields.put(field, Lifecycles.carried(holder, Lifecycles.declared(field.markers())));
        field.values().forEach(value -> values.put(value, Lifecycles.declared(value.markers())));
    }

    /** A heading's effective lifecycle. */
    public Lifecycle of(ItemDraft item) {
        return require(items.get(item), "item");
    }

    /** The lifecycle of the heading that holds {@code item} in {@code file}; always, for the file's title. */
    public Lifecycle outer(FileDraft file, ItemDraft item) {
        return item.parent() < 0 ? Lifecycle.ALWAYS : of(file.items().get(item.parent()));
    }

    /** A field row's lifecycle on the event or group (or the global fields) that declares it. */
    public Lifecycle of(FieldDraft field) {
        return require(fields.get(field), "field");
    }

    /** A category row's effective lifecycle. */
    public Lifecycle of(CategoryDraft category) {
        return require(categories.get(category), "category");
    }

    /** A value's lifecycle relative to its field: what its own markers say. */
    public Lifecycle of(ValueDraft value) {
        return require(values.get(value), "value");
    }

    /** A value's effective lifecycle: its own markers within its field's lifecycle. */
    public Lifecycle of(FieldDraft field, ValueDraft value) {
        return Lifecycles.carried(of(field), of(value));
    }

    private static Lifecycle require(Lifecycle lifecycle, String what) {
        if (lifecycle == null) {
            throw new IllegalArgumentException(what + ": not a draft of this table's content");
        }
        return lifecycle;
    }
}
