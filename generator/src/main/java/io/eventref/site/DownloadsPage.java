package io.eventref.site;

import java.util.List;

/** The schema downloads: the catalog, and per release (newest first) its zip and its schemas. */
public record DownloadsPage(Layout layout, String catalogHref, String latestEventsHref, List<Row> releases) {

    /** One release's downloads; {@code note} says "latest" or "not released as such", else "". */
    public record Row(String release, String note, int events, String zipHref, String eventsSchemaHref,
            String strictSchemaHref) {
    }
}
