package io.eventref.diff;

import io.eventref.model.Category;
import io.eventref.model.Edition;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A reference as a comparison reads it: its releases (and their versions), its events by name and its categories by name,
 * in alphabetical order. Made once per release (or for the whole model) and shared by every
 * comparison that needs it. Immutable.
 */
record View(List<Release> releases, List<Version> versions, SortedMap<String, NamedEvent> events,
        SortedMap<String, Category> categories) {

    View {
        releases = List.copyOf(releases);
        versions = List.copyOf(versions);
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(categories, "categories");
    }

    static View of(Reference reference) {
        SortedMap<String, Category> categories = new TreeMap<>();
        reference.categories().forEach(category -> categories.put(category.name(), category));
        return new View(reference.releases(), reference.versions(), NamedEvent.of(reference),
                Collections.unmodifiableSortedMap(categories));
    }

    /** Whether the reference documents what {@code edition} emits in {@code release}. */
    boolean documents(Version release, Edition edition) {
        for (Release listed : releases) {
            if (listed.version().equals(release)) {
                return listed.covers(edition);
            }
        }
        throw new NoSuchElementException("no release " + release);
    }
}
