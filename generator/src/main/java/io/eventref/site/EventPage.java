package io.eventref.site;

import java.util.List;

/**
 * The page of one event. An event declared for several processes has one variant each; else one
 * variant whose {@code process} is "". {@code schemaHref} is "" when no schema is published. The
 * history lists when the event and its fields were added, renamed, changed, deprecated, removed.
 * {@code servers}: what the conformance runs saw of it (no runs when the site has no captures).
 */
public record EventPage(
        Layout layout,
        String name,
        List<String> aliases,
        Link section,
        List<Link> categories,
        List<Badge> badges,
        Lifespan lifespan,
        String removedNotice,
        String schemaHref,
        List<Variant> variants,
        List<HistoryEntry> history,
        ServerObservations servers) {

    /**
     * One declaration of the event: its process, description, parents, field tables, and the tables
     * of the fields its contexts add ({@code contexts} links those contexts).
     */
    public record Variant(String process, String descriptionHtml, List<Link> inherits, List<FieldTable> tables,
            List<Link> contexts, List<FieldTable> contextTables) {
    }
}
