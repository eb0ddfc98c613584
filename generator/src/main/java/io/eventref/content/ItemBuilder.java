package io.eventref.content;

import io.eventref.model.Description;
import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/** Collects what one heading owns directly while a file is walked; {@link #build} freezes it. */
final class ItemBuilder {

    final int index;
    final int parent;
    final ItemKind kind;
    final String name;
    final int level;
    final SourceRef source;
    private List<Marker> markers = new ArrayList<>();
    private List<Directive> directives = new ArrayList<>();
    private List<String> markdown = new ArrayList<>();
    private List<TableReader.Pending<FieldDraft>> fields = new ArrayList<>();
    /** Set when this event heading is directly followed by another that shares its body. */
    ItemBuilder sharesBodyOf;

    ItemBuilder(int index, int parent, ItemKind kind, String name, int level, SourceRef source) {
        this.index = index;
        this.parent = parent;
        this.kind = kind;
        this.name = name;
        this.level = level;
        this.source = source;
    }

    void addMarkers(List<Marker> more) {
        markers.addAll(more);
    }

    List<Directive> directives() {
        return List.copyOf(directives);
    }

    void addDirective(Directive directive) {
        directives.add(directive);
    }

    void addDescription(String markdownText) {
        markdown.add(markdownText.strip());
    }

    void addField(TableReader.Pending<FieldDraft> field) {
        fields.add(field);
    }

    boolean isEmpty() {
        return markers.isEmpty() && directives.isEmpty() && markdown.isEmpty() && fields.isEmpty();
    }

    /** Takes over the body of {@code other}, for consecutive event headings that share one body. */
    void shareBodyOf(ItemBuilder other) {
        markers = other.markers;
        directives = other.directives;
        markdown = other.markdown;
        fields = other.fields;
    }

    /** Adds the item's description to {@code batch}; returns its handle, or -1 when it has none. */
    int describe(DescriptionBatch batch) {
        return markdown.isEmpty() ? -1 : batch.blocks(String.join("\n\n", markdown));
    }

    /** The item as a draft, its texts taken from the rendered batch ({@code description}: its handle). */
    ItemDraft build(List<Description> rendered, int description) {
        Description text = description < 0 ? Description.EMPTY : rendered.get(description);
        List<FieldDraft> fields = this.fields.stream()
                .map(field -> field.draft().withDescription(rendered.get(field.description())))
                .toList();
        return new ItemDraft(index, parent, kind, name, level, markers, directives, text, fields, source);
    }
}
