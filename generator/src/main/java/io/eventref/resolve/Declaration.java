package io.eventref.resolve;

import io.eventref.content.DirectiveKind;
import io.eventref.content.FileDraft;
import io.eventref.content.ItemDraft;
import io.eventref.content.ItemKind;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A group or event heading with what it declares itself: its effective lifecycle, its own fields
 * (origin {@link Field#OWN}) and the categories of its headings.
 */
record Declaration(FileDraft file, ItemDraft item, Lifecycle lifecycle, List<Field> ownFields,
        Set<String> headingCategories) {

    static Declaration of(FileDraft file, ItemDraft item) {
        Lifecycle lifecycle = Lifecycles.of(file, item);
        List<Field> fields = new ArrayList<>();
        item.fields().forEach(field -> fields.add(Fields.own(field, lifecycle)));
        Set<String> categories = new TreeSet<>();
        for (ItemDraft scope : file.scopeOf(item)) {
            categories.addAll(scope.directiveValues(DirectiveKind.CATEGORIES));
        }
        return new Declaration(file, item, lifecycle, fields, categories);
    }

    String name() {
        return item.name();
    }

    boolean isEvent() {
        return item.kind() == ItemKind.EVENT;
    }

    List<String> inherits() {
        return item.directiveValues(DirectiveKind.INHERITS);
    }
}
