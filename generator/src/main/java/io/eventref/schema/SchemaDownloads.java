package io.eventref.schema;

import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a downloads page needs to offer the schemas: per release, newest first, its folder, its zip
 * and how many events it documents. Paths are relative to the site root. Immutable.
 */
public record SchemaDownloads(String catalogPath, String latestFolder, List<Entry> releases) {

    /**
     * One release's schemas. {@code latest}: the newest release, also published under
     * {@code schemas/latest/}; {@code released}: false for a version that never shipped as such.
     */
    public record Entry(String release, boolean released, boolean latest, String folder, String zipPath,
            int events) {

        public Entry {
            Objects.requireNonNull(release, "release");
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(zipPath, "zipPath");
        }
    }

    public SchemaDownloads {
        Objects.requireNonNull(catalogPath, "catalogPath");
        Objects.requireNonNull(latestFolder, "latestFolder");
        releases = List.copyOf(releases);
    }

    /** The downloads of {@code reference}'s schemas, newest release first. */
    public static SchemaDownloads of(Reference reference) {
        Release latest = reference.latest();
        List<Release> newestFirst = new ArrayList<>(reference.releases());
        Collections.reverse(newestFirst);
        List<Entry> entries = newestFirst.stream()
                .map(release -> new Entry(release.version().toString(), release.released(), release.equals(latest),
                        SchemaLayout.folder(release.version().toString()), SchemaLayout.zipPath(release.version()),
                        eventCount(reference, release)))
                .toList();
        return new SchemaDownloads(SchemaLayout.CATALOG, SchemaLayout.folder(SchemaLayout.LATEST), entries);
    }

    private static int eventCount(Reference reference, Release release) {
        return (int) reference.events().stream()
                .filter(event -> event.lifecycle().existsIn(release.version()))
                .map(Event::name).distinct().count();
    }
}
