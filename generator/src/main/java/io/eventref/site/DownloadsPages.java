package io.eventref.site;

import io.eventref.schema.SchemaDownloads;
import java.util.List;
import java.util.Set;

/** Builds the downloads page from what the schema stage published. */
final class DownloadsPages {

    static final String PATH = "downloads/index.html";

    private final PageContext context;

    DownloadsPages(PageContext context) {
        this.context = context;
    }

    /** Whether the build published schemas to offer. */
    static boolean hasSchemas(Set<String> published, SchemaDownloads downloads) {
        return published.contains(downloads.catalogPath());
    }

    DownloadsPage page(SchemaDownloads downloads) {
        List<DownloadsPage.Row> rows = downloads.releases().stream()
                .map(entry -> new DownloadsPage.Row(entry.release(),
                        entry.latest() ? "latest, also under schemas/latest/"
                                : entry.released() ? "" : "not released as such",
                        entry.events(), SiteLinks.relative(PATH, entry.zipPath()),
                        SiteLinks.relative(PATH, entry.folder() + "/events.schema.json"),
                        SiteLinks.relative(PATH, entry.folder() + "/events.strict.schema.json")))
                .toList();
        return new DownloadsPage(context.layout(PATH, "JSON Schema downloads",
                        "JSON Schemas of Dovecot's exported events, per release.").withoutReleaseView(),
                SiteLinks.relative(PATH, downloads.catalogPath()),
                SiteLinks.relative(PATH, downloads.latestFolder() + "/events.schema.json"), rows);
    }
}
