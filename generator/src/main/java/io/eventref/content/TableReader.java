package io.eventref.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Description;
import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** Reads the two kinds of table the content has: field tables and category tables. */
final class TableReader {

    static final List<String> FIELD_COLUMNS = List.of("Field", "Type", "Values", "Description");
    static final List<String> CATEGORY_COLUMNS = List.of("Category", "Parent", "Description");
    static final String RULE = "malformed-table";
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]+`");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A cell's Markdown text and the file offset where it starts. */
    record Cell(String text, int offset) {
    }

    /** A row read, whose description is rendered later with the file's others ({@link DescriptionBatch}). */
    record Pending<T>(T draft, int description) {
    }

    private final DescriptionBatch batch;
    private final IntFunction<SourceRef> position;
    private final Diagnostics diagnostics;

    TableReader(DescriptionBatch batch, IntFunction<SourceRef> position, Diagnostics diagnostics) {
        this.batch = batch;
        this.position = position;
        this.diagnostics = diagnostics;
    }

    /** The header's column names, as written. */
    static List<String> header(TableBlock table) {
        for (Node child : table.getChildren()) {
            if (child instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
                return cells(row).stream().map(cell -> DirectiveLines.stripCode(cell.text())).toList();
            }
        }
        return List.of();
    }

    /** The body rows, each a list of cells. */
    static List<List<Cell>> rows(TableBlock table) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Node section : table.getChildren()) {
            if (section instanceof TableHead || section instanceof TableSeparator) {
                continue;
            }
            for (Node row : section.getChildren()) {
                if (row instanceof TableRow tableRow) {
                    rows.add(cells(tableRow));
                }
            }
        }
        return rows;
    }

    private static List<Cell> cells(TableRow row) {
        List<Cell> cells = new ArrayList<>();
        for (Node node : row.getChildren()) {
            if (node instanceof TableCell cell) {
                BasedSequence text = cell.getText();
                BasedSequence trimmed = text.trim();
                int offset = trimmed.isEmpty() ? cell.getStartOffset() : trimmed.getStartOffset();
                cells.add(new Cell(trimmed.toString(), offset));
            }
        }
        return cells;
    }

    /** Reports a table whose header is not {@code expected}; returns whether it is. */
    boolean checkHeader(TableBlock table, List<String> expected) {
        List<String> header = header(table);
        if (header.equals(expected)) {
            return true;
        }
        diagnostics.error(position.apply(table.getStartOffset()), RULE, "table columns are " + header
                + "; this table must have exactly the columns " + expected);
        return false;
    }

    List<Pending<FieldDraft>> fields(TableBlock table) {
        List<Pending<FieldDraft>> fields = new ArrayList<>();
        for (List<Cell> row : rows(table)) {
            if (row.size() != FIELD_COLUMNS.size() || row.get(0).text().isEmpty()) {
                diagnostics.error(position.apply(row.isEmpty() ? table.getStartOffset() : row.get(0).offset()), RULE,
                        "a field row has a name and the cells " + FIELD_COLUMNS.subList(1, 4));
                continue;
            }
            Cell description = row.get(3);
            TextWithMarkers text = textWithMarkers(description);
            String name = DirectiveLines.stripCode(row.get(0).text());
            boolean quoted = name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"");
            fields.add(new Pending<>(new FieldDraft(
                    quoted ? unquote(name, row.get(0).offset()) : name,
                    DirectiveLines.stripCode(row.get(1).text()),
                    values(row.get(2)),
                    Description.EMPTY,
                    text.markers(),
                    position.apply(row.get(0).offset()),
                    position.apply(row.get(1).offset()),
                    quoted), text.description()));
        }
        return fields;
    }

    /** A field name written as a JSON string, decoded; reported (and kept as written) when it is not one. */
    private String unquote(String name, int offset) {
        try {
            return JSON.readValue(name, String.class);
        } catch (JsonProcessingException e) {
            diagnostics.error(position.apply(offset), RULE, "a quoted field name is a JSON string, such as "
                    + "`\" user_mask\"`; got " + name);
            return name;
        }
    }

    List<Pending<CategoryDraft>> categories(TableBlock table, int scope) {
        List<Pending<CategoryDraft>> categories = new ArrayList<>();
        for (List<Cell> row : rows(table)) {
            if (row.size() != CATEGORY_COLUMNS.size() || row.get(0).text().isEmpty()) {
                diagnostics.error(position.apply(row.isEmpty() ? table.getStartOffset() : row.get(0).offset()), RULE,
                        "a category row has a name and the cells " + CATEGORY_COLUMNS.subList(1, 3));
                continue;
            }
            String parent = DirectiveLines.stripCode(row.get(1).text());
            TextWithMarkers text = textWithMarkers(row.get(2));
            categories.add(new Pending<>(new CategoryDraft(
                    DirectiveLines.stripCode(row.get(0).text()),
                    parent.isEmpty() ? null : parent,
                    Description.EMPTY,
                    text.markers(),
                    scope,
                    position.apply(row.get(0).offset()),
                    position.apply(row.get(1).offset())), text.description()));
        }
        return categories;
    }

    /** A cell's markers, and the handle of its description text in the batch. */
    private record TextWithMarkers(int description, List<Marker> markers) {
    }

    /** Splits a description cell into its text and the markers at its end. */
    private TextWithMarkers textWithMarkers(Cell cell) {
        String text = cell.text();
        int start = MarkerSyntax.markersStart(text);
        String prose = start < 0 ? text : text.substring(0, start).strip();
        MarkerSyntax.reportNearMiss(prose, cell.offset(), position, diagnostics);
        List<Marker> markers = start < 0
                ? List.of()
                : MarkerSyntax.parse(text.substring(start), at -> position.apply(cell.offset() + start + at),
                        diagnostics);
        return new TextWithMarkers(batch.inline(prose), markers);
    }

    /**
     * The values of a Values cell: comma-separated, each in backticks, each optionally followed by
     * its markers in parentheses ({@code `secured` (New in version 2.4.0.)}).
     */
    private List<ValueDraft> values(Cell cell) {
        List<ValueDraft> values = new ArrayList<>();
        String text = cell.text();
        int start = 0;
        while (start < text.length()) {
            int end = topLevelComma(text, start);
            String item = text.substring(start, end);
            int lead = item.length() - item.stripLeading().length();
            value(item.strip(), cell.offset() + start + lead).ifPresent(values::add);
            start = end + 1;
        }
        return values;
    }

    private Optional<ValueDraft> value(String item, int offset) {
        if (item.isEmpty()) {
            return Optional.empty();
        }
        int open = item.indexOf('(', item.startsWith("`") ? Math.max(1, item.indexOf('`', 1)) : 0);
        String name = open < 0 ? item : item.substring(0, open).strip();
        List<Marker> markers = List.of();
        if (open >= 0) {
            if (!item.endsWith(")")) {
                diagnostics.error(position.apply(offset + open), RULE, "the markers of value " + name
                        + " go in parentheses after it: `value` (New in version 2.4.0.)");
            } else {
                String inner = item.substring(open + 1, item.length() - 1);
                int innerStart = open + 1 + (inner.length() - inner.stripLeading().length());
                markers = MarkerSyntax.parse(inner.strip(), at -> position.apply(offset + innerStart + at),
                        diagnostics);
            }
        }
        if (!CODE_SPAN.matcher(name).matches()) {
            diagnostics.error(position.apply(offset), RULE, "a value is written in backticks, its markers (if any) "
                    + "in parentheses after it: `value` (New in version 2.4.0.); got '" + item + "'");
            return Optional.empty();
        }
        return Optional.of(new ValueDraft(DirectiveLines.stripCode(name), markers, position.apply(offset)));
    }

    /** The index of the first comma at or after {@code from} outside backticks and parentheses, or the end. */
    private static int topLevelComma(String text, int from) {
        boolean code = false;
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && c == '(') {
                depth++;
            } else if (!code && c == ')' && depth > 0) {
                depth--;
            } else if (!code && depth == 0 && c == ',') {
                return i;
            }
        }
        return text.length();
    }
}
