package io.eventref.site;

import java.util.List;

/**
 * The home page: what the reference is, its sections with their events, the categories, the
 * global fields, the releases it covers, and the downloads and diff reports when published.
 */
public record HomePage(
        Layout layout,
        int eventCount,
        String firstRelease,
        String lastRelease,
        List<HomeSection> sections,
        List<ListItem> categories,
        FieldTable globalFields,
        List<Link> releases,
        List<Link> resources) {

    /** A section with the events it declares. */
    public record HomeSection(String id, Link link, String summary, List<ListItem> events) {
    }
}
