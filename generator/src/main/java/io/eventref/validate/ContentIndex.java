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
import io.eventref.resolve.Lifecycles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The drafts with the lookups that several rules need, built once per validation; for one thread. */
final class ContentIndex {

    /** A heading of a file, with the file. */
    record Located(FileDraft file, ItemDraft item) {
        Lifecycle lifecycle() {
            return Lifecycles.of(file, item);
        }
    }

    /** A field row with the heading or file that holds it ({@code holder} is null for global fields). */
    record LocatedField(FileDraft file, ItemDraft holder, FieldDraft field) {
    }

    private final ContentDraft draft;
    private final List<Located> items = new ArrayList<>();
    private final List<LocatedField> fields = new ArrayList<>();
    private final Set<String> categoryNames = new TreeSet<>();
    /** Made once, on first use: five rules go through them. */
    private List<Subject> subjects;

    ContentIndex(ContentDraft draft) {
        this.draft = draft;
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
            Lifecycle outer = item.parent() < 0
                    ? Lifecycle.ALWAYS
                    : Lifecycles.of(located.file(), located.file().items().get(item.parent()));
            subjects.add(new Subject(describe(item), item.kind() == ItemKind.EVENT ? "event" : "heading",
                    item.markers(), outer, Lifecycles.nested(outer, Lifecycles.declared(item.markers())),
                    item.source()));
        }
        for (LocatedField located : fields) {
            FieldDraft field = located.field();
            ItemDraft holder = located.holder();
            Lifecycle outer = holder == null ? Lifecycle.ALWAYS : Lifecycles.of(located.file(), holder);
            String holderName = holder == null ? "the global fields" : describe(holder);
            subjects.add(new Subject("field '" + field.name() + "' of " + holderName,
                    holder == null ? "global field" : "field", field.markers(), outer,
                    Lifecycles.carried(outer, Lifecycles.declared(field.markers())), field.source()));
        }
        for (FileDraft file : draft.files(FileKind.CATEGORIES)) {
            for (CategoryDraft category : file.categories()) {
                Lifecycle outer = Lifecycles.of(file, file.items().get(category.scope()));
                subjects.add(new Subject("category '" + category.name() + "'", "category", category.markers(),
                        outer, Lifecycles.nested(outer, Lifecycles.declared(category.markers())),
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
        fields.forEach(located -> located.field().markers().forEach(action));
        categories().forEach(category -> category.markers().forEach(action));
    }
}
