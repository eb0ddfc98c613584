package io.eventref.resolve;

import io.eventref.content.DirectiveKind;
import io.eventref.content.FileDraft;
import io.eventref.content.ItemDraft;
import io.eventref.content.ItemKind;
import io.eventref.model.Edition;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A group or event heading with what it declares itself: its effective lifecycle, its own fields
 * (origin {@link Field#OWN}), the categories of its headings, the contexts its headings name
 * (its own first, then those of the headings that hold it) and its edition.
 */
record Declaration(FileDraft file, ItemDraft item, Lifecycle lifecycle, List<Field> ownFields,
        Set<String> headingCategories, List<String> headingContexts, Edition edition) {

    static Declaration of(FileDraft file, ItemDraft item, LifecycleTable lifecycles) {
        Lifecycle lifecycle = lifecycles.of(item);
        List<Field> fields = new ArrayList<>();
        item.fields().forEach(field -> fields.add(Fields.own(field, lifecycles)));
        Set<String> categories = new TreeSet<>();
        Set<String> contexts = new LinkedHashSet<>();
        for (ItemDraft scope : file.scopeOf(item)) {
            categories.addAll(scope.directiveValues(DirectiveKind.CATEGORIES));
            contexts.addAll(scope.directiveValues(DirectiveKind.CONTEXTS));
        }
        return new Declaration(file, item, lifecycle, fields, categories, List.copyOf(contexts), edition(file, item));
    }

    /** The edition that the nearest {@code Edition:} line over {@code item} names, else the community edition. */
    static Edition edition(FileDraft file, ItemDraft item) {
        for (ItemDraft scope : file.scopeOf(item)) {
            for (String value : scope.directiveValues(DirectiveKind.EDITION)) {
                return Edition.fromId(value)
                        .orElseThrow(() -> new IllegalStateException("unvalidated edition: " + value));
            }
        }
        return Edition.COMMUNITY;
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
