package io.eventref.validate;

import io.eventref.content.CategoryDraft;
import io.eventref.content.ContentDraft;
import io.eventref.content.FieldDraft;
import io.eventref.content.FileDraft;
import io.eventref.content.FileKind;
import io.eventref.content.ItemDraft;
import io.eventref.content.ItemKind;
import io.eventref.content.Marker;
import io.eventref.model.Lifecycle;
import io.eventref.content.ValueDraft;
import io.eventref.resolve.LifecycleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The drafts with the lookups that several rules need, built once per validation; for one thread. */
final class ContentIndex {

    /** A heading of a file, with the file. */
    record Located(FileDraft file, ItemDraft item) {
    }

    /** A field row with the heading or file that holds it ({@code holder} is null for global fields). */
    record LocatedField(FileDraft file, ItemDraft holder, FieldDraft field) {
    }

    private final ContentDraft draft;
    private final LifecycleTable lifecycles;
    private final List<Located> items = new ArrayList<>();
    private final List<LocatedField> fields = new ArrayList<>();
    private final Set<String> categoryNames = new TreeSet<>();
    /** Made once, on first use: five rules go through them. */
    private List<Subject> subjects;

    ContentIndex(ContentDraft draft, LifecycleTable lifecycles) {
        this.draft = draft;
        this.lifecycles = lifecycles;
        for (FileDraft file : draft.files()) {
            file.items().forEach(item -> items.add(new Located(file, item)));
            for (ItemDraft item : file.items()) {
                item.fields().forEach(field -> fields.add(new LocatedField(file, item, field)));
            }
            file.globalFields().forEach(field -> fields.add(new LocatedField(file, null, field)));
            file.categories().forEach(category -> categoryNames.add(category.name()));
        }
    }

    ContentDraft draft() {
        return draft;
    }

    LifecycleTable lifecycles() {
        return lifecycles;
    }

    List<Located> items() {
        return items;
    }

    List<Located> items(ItemKind kind) {
        return items.stream().filter(located -> located.item().kind() == kind).toList();
    }

    List<LocatedField> fields() {
        return fields;
    }

    List<CategoryDraft> categories() {
        return draft.files(FileKind.CATEGORIES).stream().flatMap(file -> file.categories().stream()).toList();
    }

    Set<String> categoryNames() {
        return categoryNames;
    }

    /**
     * Everything that carries markers, with the lifecycle of what holds it: headings (held by their
     * parent heading), field rows (held by their event or group) and category rows (held by their
     * subsection).
     */
    List<Subject> subjects() {
        if (subjects == null) {
            subjects = List.copyOf(makeSubjects());
        }
        return subjects;
    }

    private List<Subject> makeSubjects() {
        List<Subject> subjects = new ArrayList<>();
        for (Located located : items) {
            ItemDraft item = located.item();
            subjects.add(new Subject(describe(item), item.kind() == ItemKind.EVENT ? "event" : "heading",
                    item.markers(), lifecycles.outer(located.file(), item), lifecycles.of(item), item.source()));
        }
        for (LocatedField located : fields) {
            FieldDraft field = located.field();
            ItemDraft holder = located.holder();
            Lifecycle outer = holder == null ? lifecycles.of(located.file().items().get(0)) : lifecycles.of(holder);
            String label = "field '" + field.name() + "' of "
                    + (holder == null ? "the global fields" : describe(holder));
            Lifecycle effective = lifecycles.of(field);
            subjects.add(new Subject(label, holder == null ? "global field" : "field", field.markers(), outer,
                    effective, field.source()));
            for (ValueDraft value : field.values()) {
                subjects.add(new Subject("value '" + value.value() + "' of " + label, "value", value.markers(),
                        effective, lifecycles.of(field, value), value.source()));
            }
        }
        for (FileDraft file : draft.files(FileKind.CATEGORIES)) {
            for (CategoryDraft category : file.categories()) {
                subjects.add(new Subject("category '" + category.name() + "'", "category", category.markers(),
                        lifecycles.of(file.items().get(category.scope())), lifecycles.of(category),
                        category.source()));
            }
        }
        return subjects;
    }

    static String describe(ItemDraft item) {
        return switch (item.kind()) {
            case SECTION -> "section '" + item.name() + "'";
            case SUBSECTION -> "subsection '" + item.name() + "'";
            case GROUP -> "group '" + item.name() + "'";
            case EVENT -> "event '" + item.name() + "'";
        };
    }

    /** Every marker of the content: on headings, field rows and category rows. */
    void forEachMarker(Consumer<Marker> action) {
        items.forEach(located -> located.item().markers().forEach(action));
        fields.forEach(located -> located.field().allMarkers().forEach(action));
        categories().forEach(category -> category.markers().forEach(action));
    }
}
