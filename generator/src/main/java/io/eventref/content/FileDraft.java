package io.eventref.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One content file as written. {@code items} are its headings in order (the first is the
 * {@code #} title); {@code categories} and {@code globalFields} are filled for those kinds of file.
 * {@code metadata} is the front matter as parsed (null when it could not be), for schema checks.
 */
public record FileDraft(
        String path,
        FileKind kind,
        String id,
        int order,
        JsonNode metadata,
        List<ItemDraft> items,
        List<CategoryDraft> categories,
        List<FieldDraft> globalFields) {

    public FileDraft {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        categories = List.copyOf(categories);
        globalFields = List.copyOf(globalFields);
    }

    public SourceRef start() {
        return SourceRef.startOf(path);
    }

    /** The items that hold {@code item}, innermost first. */
    public List<ItemDraft> ancestors(ItemDraft item) {
        List<ItemDraft> chain = new ArrayList<>();
        for (int parent = item.parent(); parent >= 0; parent = items.get(parent).parent()) {
            chain.add(items.get(parent));
        }
        return chain;
    }

    /** {@code item} and the items that hold it, innermost first. */
    public List<ItemDraft> scopeOf(ItemDraft item) {
        List<ItemDraft> chain = new ArrayList<>();
        chain.add(item);
        chain.addAll(ancestors(item));
        return chain;
    }
}
