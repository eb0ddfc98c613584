package io.eventref.site;

import java.util.List;

/** The page of an event category: its parent and children, and the events that carry it. */
public record CategoryPage(Layout layout, String name, String descriptionHtml, List<Link> parents,
        List<Link> children, List<Badge> badges, Lifespan lifespan, List<ListItem> events) {
}
