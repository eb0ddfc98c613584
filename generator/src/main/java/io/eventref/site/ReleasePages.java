package io.eventref.site;

import io.eventref.model.Category;
import io.eventref.model.Change;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Builds the releases page and one page per release, from the lifecycles of the model. */
final class ReleasePages {

    private final PageContext context;
    private final Map<Version, List<ReleasePage.Part>> parts = new ConcurrentHashMap<>();

    ReleasePages(PageContext context) {
        this.context = context;
    }

    ReleasesPage releases() {
        String path = SiteLinks.RELEASES;
        List<ListItem> items = new ArrayList<>();
        for (Release release : context.reference().releases()) {
            int count = parts(release.version()).stream().mapToInt(part -> part.items().size()).sum();
            String summary = (release.date() == null ? "" : release.date() + ". ")
                    + (release.note() == null ? "" : release.note() + " ")
                    + (count == 0 ? "No documented change." : count + (count == 1 ? " change." : " changes."));
            items.add(0, new ListItem(SiteLinks.relative(path, SiteLinks.release(release.version().toString())),
                    PageContext.releaseLabel(release), summary.strip(), List.of(), Lifespan.ALWAYS));
        }
        return new ReleasesPage(context.layout(path, "Releases", "The Dovecot releases this reference covers."),
                items);
    }

    ReleasePage release(Release release, List<Link> diffs) {
        String version = release.version().toString();
        String path = SiteLinks.release(version);
        List<Release> all = context.reference().releases();
        int index = all.indexOf(release);
        List<Link> previous = index == 0 ? List.of() : List.of(link(path, all.get(index - 1)));
        List<Link> next = index == all.size() - 1 ? List.of() : List.of(link(path, all.get(index + 1)));
        return new ReleasePage(
                context.layout(path, "Dovecot " + version, "What Dovecot " + version + " changed in its events."),
                version, PageContext.releaseLabel(release), release.date() == null ? "" : release.date(),
                release.note() == null ? "" : release.note(), previous, next, diffs,
                parts(release.version()));
    }

    private Link link(String path, Release release) {
        return new Link(SiteLinks.relative(path, SiteLinks.release(release.version().toString())),
                PageContext.releaseLabel(release));
    }

    /** What {@code version} changed, as its page lists it (computed once per release). */
    private List<ReleasePage.Part> parts(Version version) {
        return parts.computeIfAbsent(version, release -> parts(release, SiteLinks.release(release.toString())));
    }

    private List<ReleasePage.Part> parts(Version version, String path) {
        Reference reference = context.reference();
        List<ReleasePage.Part> parts = new ArrayList<>();
        add(parts, "events-added", "Events added", events(version, path, Lifecycle::added));
        add(parts, "fields-added", "Fields added to existing events", fields(version, path, Lifecycle::added));
        add(parts, "changed", "Changed", changes(version, path));
        add(parts, "deprecated", "Deprecated", events(version, path, Lifecycle::deprecated));
        add(parts, "events-removed", "Events removed", events(version, path, Lifecycle::removed));
        add(parts, "fields-removed", "Fields removed from events", fields(version, path, Lifecycle::removed));
        List<ListItem> categories = new ArrayList<>();
        for (Category category : reference.categories()) {
            String what = version.equals(category.lifecycle().added()) ? "added"
                    : version.equals(category.lifecycle().removed()) ? "removed" : null;
            if (what != null) {
                categories.add(new ListItem(SiteLinks.relative(path, SiteLinks.category(category.name())),
                        category.name(), "Category " + what + ".", List.of(), Lifespan.ALWAYS));
            }
        }
        add(parts, "categories", "Categories", categories);
        return parts;
    }

    private static void add(List<ReleasePage.Part> parts, String id, String heading, List<ListItem> items) {
        if (!items.isEmpty()) {
            parts.add(new ReleasePage.Part(id, heading, items));
        }
    }

    private List<ListItem> events(Version version, String path, Function<Lifecycle, Version> when) {
        Map<String, ListItem> items = new LinkedHashMap<>();
        for (Event event : context.reference().events()) {
            if (version.equals(when.apply(event.lifecycle()))) {
                items.putIfAbsent(event.name(), new ListItem(SiteLinks.relative(path, SiteLinks.event(event.name())),
                        event.name(), context.sanitizer().summary(event.description()), List.of(), Lifespan.ALWAYS));
            }
        }
        return List.copyOf(items.values());
    }

    /** Fields that {@code when} dates to {@code version} on events that existed before and after it. */
    private List<ListItem> fields(Version version, String path, Function<Lifecycle, Version> when) {
        Map<String, ListItem> items = new LinkedHashMap<>();
        for (Event event : context.reference().events()) {
            if (Objects.equals(when.apply(event.lifecycle()), version)) {
                continue;
            }
            for (Field field : event.fields()) {
                if (version.equals(when.apply(field.lifecycle()))) {
                    String via = field.isInherited() ? " (from " + field.origin() + ")" : "";
                    items.putIfAbsent(event.name() + "." + field.name(), new ListItem(
                            SiteLinks.relative(path, SiteLinks.event(event.name())) + "#" + SiteLinks.fieldAnchor(field.name()),
                            event.name() + "." + field.name(), context.sanitizer().summary(field.description()) + via,
                            List.of(), Lifespan.ALWAYS));
                }
            }
        }
        return List.copyOf(items.values());
    }

    private List<ListItem> changes(Version version, String path) {
        Map<String, ListItem> items = new LinkedHashMap<>();
        for (Event event : context.reference().events()) {
            String eventHref = SiteLinks.relative(path, SiteLinks.event(event.name()));
            for (Change change : event.lifecycle().changes()) {
                if (change.version().equals(version)) {
                    items.putIfAbsent(event.name(), new ListItem(eventHref, event.name(), change.note(), List.of(),
                            Lifespan.ALWAYS));
                }
            }
            for (Field field : event.fields()) {
                for (Change change : field.lifecycle().changes()) {
                    if (change.version().equals(version)) {
                        boolean viaGroup = field.isInherited() && context.group(field.origin()).isPresent();
                        String key = (viaGroup ? field.origin() : event.name()) + "." + field.name();
                        String href = viaGroup ? SiteLinks.relative(path, SiteLinks.group(field.origin())) : eventHref;
                        items.putIfAbsent(key, new ListItem(href + "#" + SiteLinks.fieldAnchor(field.name()), key, change.note(), List.of(),
                                Lifespan.ALWAYS));
                    }
                }
            }
        }
        for (Category category : context.reference().categories()) {
            for (Change change : category.lifecycle().changes()) {
                if (change.version().equals(version)) {
                    items.putIfAbsent("category " + category.name(), new ListItem(
                            SiteLinks.relative(path, SiteLinks.category(category.name())),
                            "category " + category.name(), change.note(), List.of(), Lifespan.ALWAYS));
                }
            }
        }
        return List.copyOf(items.values());
    }
}
