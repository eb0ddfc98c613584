package io.eventref.site;

import java.util.List;

/** The page of a section of the reference: its groups and events in reading order. */
public record SectionPage(Layout layout, String title, String descriptionHtml, List<Badge> badges,
        List<ListItem> groups, List<ListItem> events) {
}
