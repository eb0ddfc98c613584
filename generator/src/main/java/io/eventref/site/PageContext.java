package io.eventref.site;

import io.eventref.history.History;
import io.eventref.model.Category;
import io.eventref.model.Change;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import io.eventref.render.BuildOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every page builder needs: the reference, its history, the sanitiser, the layout and the badges. */
final class PageContext {

    static final String STYLESHEET = "assets/eventref.css";
    static final String SCRIPT = "assets/eventref.js";
    static final String SEARCH_INDEX = "assets/search-index.js";
    static final String FAVICON = "favicon.svg";

    private final Reference reference;
    private final Sanitizer sanitizer;
    private final List<String> releasesNewestFirst;
    private final List<Version> versions;
    private final String releaseOrder;
    private final Map<String, List<Event>> eventsByName = new LinkedHashMap<>();
    private final Map<String, FieldGroup> groupsByName = new HashMap<>();
    private final Map<String, List<String>> childrenOf = new HashMap<>();
    private final Map<String, List<String>> eventsByCategory = new HashMap<>();

    private final boolean downloads;
    private final History history;

    /**
     * {@code downloads}: whether the build publishes schema downloads for the navigation to offer;
     * {@code history}: the timelines of the reference's items.
     */
    PageContext(Reference reference, BuildOptions options, boolean downloads, History history) {
        this.reference = reference;
        this.history = history;
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
        this.versions = reference.versions();
        this.releaseOrder = String.join(" ", versions.stream().map(Version::toString).toList());
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

    Sanitizer sanitizer() {
        return sanitizer;
    }

    History history() {
        return history;
    }

    /** The distinct event names, in canonical order. */
    List<String> eventNames() {
        return List.copyOf(eventsByName.keySet());
    }

    /**
     * The current name of the event that the reference as of {@code release} calls {@code name} (a
     * report speaks of things as they were called then); {@code name} itself when none was.
     */
    String currentEvent(String name, Version release) {
        for (Event event : reference.events()) {
            if (event.lifecycle().existsIn(release) && event.lifecycle().nameIn(release, event.name()).equals(name)) {
                return event.name();
            }
        }
        return name;
    }

    /** The current name of the field that event {@code event} (current name) had as {@code field} in {@code release}. */
    String currentField(String event, String field, Version release) {
        for (Event declaration : declarations(event)) {
            for (Field candidate : declaration.fields()) {
                if (candidate.lifecycle().existsIn(release)
                        && candidate.lifecycle().nameIn(release, candidate.name()).equals(field)) {
                    return candidate.name();
                }
            }
        }
        return field;
    }

    /** The current name of the category the reference as of {@code release} calls {@code name}. */
    String currentCategory(String name, Version release) {
        for (Category category : reference.categories()) {
            if (category.lifecycle().existsIn(release)
                    && category.lifecycle().nameIn(release, category.name()).equals(name)) {
                return category.name();
            }
        }
        return name;
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
                SiteLinks.relative(path, SiteLinks.HOME), navigation, releasesNewestFirst, releaseOrder, "");
    }

    /** In which releases a thing of {@code lifecycle} exists ({@link Lifecycle#existsIn}). */
    Lifespan lifespan(Lifecycle lifecycle) {
        return Lifespan.of(lifecycle::existsIn, versions);
    }

    /**
     * In which releases a thing of {@code lifecycle} and {@code edition} is documented: it exists
     * then, and the release documents what that edition emits.
     */
    Lifespan lifespan(Lifecycle lifecycle, Edition edition) {
        return Lifespan.of(version -> lifecycle.existsIn(version)
                && reference().requireRelease(version).covers(edition), versions);
    }

    /** The releases that know of what happened in {@code version}: it and those after it. */
    Lifespan since(Version version) {
        return version == null ? Lifespan.ALWAYS : Lifespan.of(release -> !version.isAfter(release), versions);
    }

    /**
     * The badges of a lifecycle, in the order a reader meets them; each applies in the releases whose
     * view of the lifecycle ({@link Lifecycle#asOf}) has what it tells.
     */
    List<Badge> badges(Lifecycle lifecycle) {
        List<Badge> badges = new ArrayList<>();
        if (lifecycle.added() != null) {
            badges.add(new Badge("new", "New in " + lifecycle.added(), Lifespan.ALWAYS));
        }
        for (Change change : lifecycle.changes()) {
            badges.add(new Badge("changed", "Changed in " + change.version() + ": " + change.note(),
                    Lifespan.of(release -> lifecycle.asOf(release).changes().contains(change), versions)));
        }
        if (lifecycle.deprecated() != null) {
            badges.add(new Badge("deprecated", "Deprecated in " + lifecycle.deprecated()
                    + note(lifecycle.deprecatedNote()),
                    Lifespan.of(release -> lifecycle.asOf(release).deprecated() != null, versions)));
        }
        if (lifecycle.removed() != null) {
            badges.add(new Badge("removed", "Removed in " + lifecycle.removed() + note(lifecycle.removedNote()),
                    Lifespan.of(release -> lifecycle.asOf(release).removed() != null, versions)));
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
