package io.eventref.site;

import io.eventref.model.Change;
import io.eventref.model.Event;
import io.eventref.model.FieldGroup;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.render.BuildOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every page builder needs: the reference, the sanitiser, the layout and the badges. */
final class PageContext {

    static final String STYLESHEET = "assets/eventref.css";
    static final String SCRIPT = "assets/eventref.js";
    static final String SEARCH_INDEX = "assets/search-index.js";
    static final String FAVICON = "favicon.svg";

    private final Reference reference;
    private final BuildOptions options;
    private final Sanitizer sanitizer;
    private final List<String> releasesNewestFirst;
    private final Map<String, List<Event>> eventsByName = new LinkedHashMap<>();
    private final Map<String, FieldGroup> groupsByName = new HashMap<>();
    private final Map<String, List<String>> childrenOf = new HashMap<>();
    private final Map<String, List<String>> eventsByCategory = new HashMap<>();

    private final boolean downloads;

    /** {@code downloads}: whether the build publishes schema downloads for the navigation to offer. */
    PageContext(Reference reference, BuildOptions options, boolean downloads) {
        this.reference = reference;
        this.options = options;
        this.sanitizer = new Sanitizer(options.cache());
        this.downloads = downloads;
        for (Event event : reference.events()) {
            eventsByName.computeIfAbsent(event.name(), name -> new ArrayList<>()).add(event);
            event.inherits().forEach(parent -> addOnce(childrenOf, parent, event.name()));
            event.categories().forEach(category -> addOnce(eventsByCategory, category, event.name()));
        }
        for (FieldGroup group : reference.groups()) {
            groupsByName.put(group.name(), group);
            group.inherits().forEach(parent -> addOnce(childrenOf, parent, group.name()));
        }
        List<String> releases = new ArrayList<>();
        reference.releases().forEach(release -> releases.add(0, release.version().toString()));
        this.releasesNewestFirst = List.copyOf(releases);
    }

    private static void addOnce(Map<String, List<String>> map, String key, String value) {
        List<String> values = map.computeIfAbsent(key, unused -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    Reference reference() {
        return reference;
    }

    BuildOptions options() {
        return options;
    }

    Sanitizer sanitizer() {
        return sanitizer;
    }

    /** The distinct event names, in canonical order. */
    List<String> eventNames() {
        return List.copyOf(eventsByName.keySet());
    }

    /** Every declaration of the event called {@code name} (not its aliases); empty when none. */
    List<Event> declarations(String name) {
        return eventsByName.getOrDefault(name, List.of());
    }

    Optional<FieldGroup> group(String name) {
        return Optional.ofNullable(groupsByName.get(name));
    }

    /** The page of the group, or else the event, called {@code name}. */
    String groupOrEventPath(String name) {
        return groupsByName.containsKey(name) ? SiteLinks.group(name) : SiteLinks.event(name);
    }

    /** The names of the groups and events that name {@code parent} in their "Inherits from", groups last. */
    List<String> childrenOf(String parent) {
        return childrenOf.getOrDefault(parent, List.of());
    }

    /** The names of the events that carry {@code category}, in canonical order. */
    List<String> eventsWithCategory(String category) {
        return eventsByCategory.getOrDefault(category, List.of());
    }

    Layout layout(String path, String title, String description) {
        List<Link> navigation = new ArrayList<>(List.of(
                new Link(SiteLinks.relative(path, SiteLinks.HOME), "Reference"),
                new Link(SiteLinks.relative(path, SiteLinks.HOME) + "#sections", "Sections"),
                new Link(SiteLinks.relative(path, SiteLinks.HOME) + "#categories", "Categories"),
                new Link(SiteLinks.relative(path, SiteLinks.RELEASES), "Releases"),
                new Link(SiteLinks.relative(path, DiffPages.COMPARE), "Compare")));
        if (downloads) {
            navigation.add(new Link(SiteLinks.relative(path, DownloadsPages.PATH), "Schemas"));
        }
        return new Layout(title, description, path, SiteLinks.root(path),
                SiteLinks.relative(path, STYLESHEET), SiteLinks.relative(path, SCRIPT),
                SiteLinks.relative(path, SEARCH_INDEX), SiteLinks.relative(path, FAVICON),
                SiteLinks.relative(path, SiteLinks.HOME), navigation, releasesNewestFirst, "");
    }

    /** The badges of a lifecycle, in the order a reader meets them. */
    static List<Badge> badges(Lifecycle lifecycle) {
        List<Badge> badges = new ArrayList<>();
        if (lifecycle.added() != null) {
            badges.add(new Badge("new", "New in " + lifecycle.added(), ""));
        }
        for (Change change : lifecycle.changes()) {
            badges.add(new Badge("changed", "Changed in " + change.version() + ": " + change.note(),
                    change.version().toString()));
        }
        if (lifecycle.deprecated() != null) {
            badges.add(new Badge("deprecated", "Deprecated in " + lifecycle.deprecated()
                    + note(lifecycle.deprecatedNote()), lifecycle.deprecated().toString()));
        }
        if (lifecycle.removed() != null) {
            badges.add(new Badge("removed", "Removed in " + lifecycle.removed() + note(lifecycle.removedNote()),
                    lifecycle.removed().toString()));
        }
        return badges;
    }

    private static String note(String note) {
        return note == null ? "" : ": " + note;
    }

    /** "2.3.11 (not released as such)" for the releases that never shipped under their number. */
    static String releaseLabel(Release release) {
        return release.version() + (release.released() ? "" : " (not released as such)");
    }
}
