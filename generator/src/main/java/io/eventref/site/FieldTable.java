package io.eventref.site;

import java.util.List;

/**
 * A table of fields with its heading: the item's own fields, the fields inherited from one group
 * ({@code heading} links to it through {@code headingHref}), or the global fields.
 */
public record FieldTable(String id, String heading, String headingHref, String note, List<FieldRow> rows) {
}
