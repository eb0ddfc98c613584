package io.eventref.site;

import java.util.List;

/**
 * The page of one event. An event declared for several processes has one variant each; else one
 * variant whose {@code process} is "". {@code editions} says which editions of Dovecot emit it.
 * {@code schema} is its JSON Schema per release ("" hrefs when none is published);
 * {@code upstream} links the event in Dovecot's own documentation (none when it has no such page).
 * The history lists when the event and its fields were added, renamed, changed, deprecated, removed.
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
        String editions,
        String removedNotice,
        Schema schema,
        List<Link> upstream,
        List<Variant> variants,
        List<HistoryEntry> history,
        ServerObservations servers) {

    /**
     * One declaration of the event: its process, description, parents, the contexts it runs in, and
     * its field table.
     */
    public record Variant(String process, String descriptionHtml, List<Link> inherits, List<Link> contexts,
            FieldTable table) {
    }

    /**
     * The event's JSON Schema: {@code href}, that of the newest release that has it ("" for none), and
     * for the "as of release" view, {@code base} (the schemas' folder, relative to the page) and
     * {@code names}: per release of the selector, oldest first, the file name of the event's schema in
     * that release's folder, or "-" where that release publishes none, separated by spaces.
     */
    public record Schema(String href, String label, String base, String names) {
    }
}
