package io.eventref.site;

import java.util.List;

/**
 * The fields of an event or group in one table, each row saying where it comes from
 * ({@code showFrom}; the global fields' own table does not), with its heading (linked through
 * {@code headingHref} when not ""). {@code contextRows} counts the rows of context fields, which the
 * page shows on demand.
 */
public record FieldTable(String id, String heading, String headingHref, String note, List<FieldRow> rows,
        boolean showFrom, int contextRows) {

    public FieldTable {
        rows = List.copyOf(rows);
    }
}
