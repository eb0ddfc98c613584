package io.eventref.site;

import java.util.List;

/** A page of every kind of the basic fixture's site, for checks that go over all of them. */
final class PageKinds {

    /** The home, an event (with context fields, and one declared per process), a group, a section, a category,
     * a field name, a release, the releases, a diff report, the compare page, an upgrade, the downloads, the
     * conformance and the 404 page. */
    static final List<String> ALL = List.of("index.html", "events/mail_opened.html",
            "events/storage_unhibernated.html", "groups/mailbox.html", "sections/storage.html", "categories/mail.html",
            "fields/net_in_bytes.html", "releases/2.3.10.html", "releases/index.html", "diffs/2.3.18-to-2.4.0.html",
            "compare.html", "upgrade/2.3-to-2.4.html", "downloads/index.html", "conformance.html", "404.html");

    private PageKinds() {
    }
}
