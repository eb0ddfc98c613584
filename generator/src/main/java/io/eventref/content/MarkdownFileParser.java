package io.eventref.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Description;
import io.eventref.model.SourceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Walks one content file's Markdown and turns its headings, directive lines, prose and tables
 * into a {@link FileDraft}. Problems are reported, never thrown; what can be read is kept.
 */
final class MarkdownFileParser {

    private final Markdown markdown;
    private final String path;
    private final FileKind kind;
    private final Diagnostics diagnostics;
    private final List<ItemBuilder> items = new ArrayList<>();
    private final Deque<ItemBuilder> open = new ArrayDeque<>();
    private final List<TableReader.Pending<CategoryDraft>> categories = new ArrayList<>();
    private final List<TableReader.Pending<FieldDraft>> globalFields = new ArrayList<>();
    private final DescriptionBatch batch = new DescriptionBatch();
    private IntFunction<SourceRef> position;

    MarkdownFileParser(Markdown markdown, String path, FileKind kind, Diagnostics diagnostics) {
        this.markdown = markdown;
        this.path = path;
        this.kind = kind;
        this.diagnostics = diagnostics;
    }

    FileDraft parse(String body, JsonNode metadata, String id, int order) {
        LineIndex lines = new LineIndex(path, body);
        position = lines::at;
        Document document = markdown.parse(body);
        TableReader tables = new TableReader(batch, position, diagnostics);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof BlankLine || node instanceof HtmlCommentBlock) {
                continue;
            }
            if (node instanceof Heading heading) {
                heading(heading);
            } else if (items.isEmpty()) {
                diagnostics.error(position.apply(node.getStartOffset()), "structure",
                        "content before the file's '#' title");
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (node instanceof TableBlock table) {
                table(table, tables);
            } else {
                current().addDescription(node.getChars().toString());
            }
        }
        if (items.isEmpty()) {
            diagnostics.error(SourceRef.startOf(path), "structure", "the file has no '#' title");
        }
        return build(metadata, id, order);
    }

    private ItemBuilder current() {
        return open.peek();
    }

    private void heading(Heading heading) {
        SourceRef source = position.apply(heading.getStartOffset());
        int level = heading.getLevel();
        String text = heading.getText().toString().strip();
        if (level == 1) {
            if (!items.isEmpty()) {
                diagnostics.error(source, "structure", "a second '#' title; a file has exactly one");
                return;
            }
        } else if (items.isEmpty()) {
            diagnostics.error(source, "structure", "the file's first heading must be its '#' title");
            return;
        }
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
        ItemKind itemKind = level == 1 ? ItemKind.SECTION : ItemKind.SUBSECTION;
        String name = text;
        if (level > 1 && text.startsWith("Event:")) {
            itemKind = ItemKind.EVENT;
            name = DirectiveLines.stripCode(text.substring("Event:".length()));
        } else if (level > 1 && text.startsWith("Group:")) {
            itemKind = ItemKind.GROUP;
            name = DirectiveLines.stripCode(text.substring("Group:".length()));
        }
        if (itemKind != ItemKind.SECTION && itemKind != ItemKind.SUBSECTION && kind != FileKind.SECTION) {
            diagnostics.error(source, "structure", "events and groups belong in section files, not in a "
                    + kind.id() + " file");
            itemKind = ItemKind.SUBSECTION;
        }
        int parent = open.isEmpty() ? -1 : open.peek().index;
        ItemBuilder item = new ItemBuilder(items.size(), parent, itemKind, name, level, source);
        ItemBuilder previous = items.isEmpty() ? null : items.get(items.size() - 1);
        if (itemKind == ItemKind.EVENT && previous != null && previous.kind == ItemKind.EVENT
                && previous.level == level && previous.isEmpty()) {
            previous.sharesBodyOf = item;
        }
        items.add(item);
        open.push(item);
    }

    private void paragraph(Paragraph paragraph) {
        String text = paragraph.getChars().toString();
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                int indent = line.length() - line.stripLeading().length();
                lines.add(line.strip());
                offsets.add(paragraph.getStartOffset() + lineStart + indent);
            }
            lineStart += line.length() + 1;
        }
        if (lines.isEmpty()) {
            return;
        }
        if (DirectiveLines.startsDirectives(lines.get(0))) {
            int before = current().directives().size();
            DirectiveLines.read(lines, offsets.stream().mapToInt(Integer::intValue).toArray(), position, current(),
                    diagnostics);
            checkDirectivesAllowed(current(), current().directives().subList(before, current().directives().size()));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && DirectiveLines.startsDirectiveOrMarker(lines.get(i))) {
                diagnostics.error(position.apply(offsets.get(i)), "structure",
                        "a directive or marker line inside a paragraph; put an empty line before it");
            }
        }
        MarkerSyntax.reportNearMiss(text, paragraph.getStartOffset(), position, diagnostics);
        current().addDescription(text);
    }

    private void checkDirectivesAllowed(ItemBuilder item, List<Directive> added) {
        for (Directive directive : added) {
            boolean allowed = switch (directive.kind()) {
                case INHERITS -> item.kind == ItemKind.EVENT || item.kind == ItemKind.GROUP;
                case ALIASES, PROCESS -> item.kind == ItemKind.EVENT;
                case CATEGORIES, CONTEXTS -> kind == FileKind.SECTION;
                case EDITION -> kind == FileKind.SECTION || kind == FileKind.CATEGORIES;
            };
            if (!allowed) {
                diagnostics.error(directive.source(), "misplaced-directive", "'" + directive.kind().keyword()
                        + ":' means nothing under " + describe(item));
            }
        }
    }

    private void table(TableBlock table, TableReader tables) {
        ItemBuilder item = current();
        switch (kind) {
            case CATEGORIES -> {
                if (tables.checkHeader(table, TableReader.CATEGORY_COLUMNS)) {
                    categories.addAll(tables.categories(table, item.index));
                }
            }
            case GLOBAL_FIELDS -> {
                if (tables.checkHeader(table, TableReader.FIELD_COLUMNS)) {
                    globalFields.addAll(tables.fields(table));
                }
            }
            case SECTION -> {
                if (!tables.checkHeader(table, TableReader.FIELD_COLUMNS)) {
                    return;
                }
                if (item.kind != ItemKind.EVENT && item.kind != ItemKind.GROUP) {
                    diagnostics.error(position.apply(table.getStartOffset()), "structure",
                            "a field table under " + describe(item) + "; fields belong to an event or a group");
                    return;
                }
                tables.fields(table).forEach(item::addField);
            }
        }
    }

    private static String describe(ItemBuilder item) {
        return switch (item.kind) {
            case SECTION -> "the file's title";
            case SUBSECTION -> "the subsection '" + item.name + "'";
            case GROUP -> "the group '" + item.name + "'";
            case EVENT -> "the event '" + item.name + "'";
        };
    }

    /**
     * Freezes the file: an event heading directly followed by another shares that one's body; then
     * every description of the file is rendered, in one batch.
     */
    private FileDraft build(JsonNode metadata, String id, int order) {
        for (int i = items.size() - 1; i >= 0; i--) {
            ItemBuilder item = items.get(i);
            if (item.sharesBodyOf != null) {
                item.shareBodyOf(item.sharesBodyOf);
            }
        }
        int[] descriptions = items.stream().mapToInt(item -> item.describe(batch)).toArray();
        List<Description> rendered = batch.render(markdown);
        List<ItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            drafts.add(items.get(i).build(rendered, descriptions[i]));
        }
        return new FileDraft(path, kind, id, order, metadata, drafts,
                categories.stream().map(row -> row.draft().withDescription(rendered.get(row.description()))).toList(),
                globalFields.stream().map(row -> row.draft().withDescription(rendered.get(row.description())))
                        .toList());
    }
}
