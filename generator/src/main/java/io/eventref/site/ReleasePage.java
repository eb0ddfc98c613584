package io.eventref.site;

import java.util.List;

/** The page of one release: what it added, changed, deprecated and removed, by kind of change. */
public record ReleasePage(Layout layout, String version, String label, String date, String noteHtml,
        List<Link> previous, List<Link> next, List<Link> diffs, List<Part> parts) {

    /** One kind of change ("Events added", ...) and its entries; empty parts are left out. */
    public record Part(String id, String heading, List<ListItem> items) {
    }
}
