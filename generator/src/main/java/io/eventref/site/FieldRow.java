package io.eventref.site;

import java.util.List;

/**
 * A field in a page's field table. {@code anchor} is the element id (the field's name),
 * {@code originHref} links to where an inherited field is declared ("" for own fields).
 */
public record FieldRow(
        String name,
        String anchor,
        String type,
        List<String> values,
        String descriptionHtml,
        List<Badge> badges,
        Lifespan lifespan,
        String originLabel,
        String originHref) {
}
