package io.eventref.site;

import java.util.List;

/** The page of a group of common fields: what it holds, its parents, and who inherits it. */
public record GroupPage(
        Layout layout,
        String name,
        String descriptionHtml,
        Link section,
        List<Link> parents,
        List<ListItem> inheritedBy,
        List<Badge> badges,
        Lifespan lifespan,
        FieldTable table) {
}
