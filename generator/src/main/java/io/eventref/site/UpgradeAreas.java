package io.eventref.site;

import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Section;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The areas of an upgrade page and its links: what a report names, as it was called in one of its
 * releases, is linked to its current page ({@link PageContext#currentEvent} and its kin) and sorted into
 * the area of the reference it belongs to (the section of the event; categories apart). Links are
 * relative to the page at {@code path}.
 */
final class UpgradeAreas {

    /** The area of the categories, after the sections. */
    static final String CATEGORIES = "categories";

    private final PageContext context;
    private final String path;

    UpgradeAreas(PageContext context, String path) {
        this.context = context;
        this.path = path;
    }

    /**
     * The current name of the event that {@code release} calls {@code name}; when none does (an event
     * that came and went, named as in the release that added it), of the event that had that name.
     */
    String event(String name, Version release) {
        String current = context.currentEvent(name, release);
        if (!context.declarations(current).isEmpty()) {
            return current;
        }
        for (Event event : context.reference().events()) {
            if (event.lifecycle().names(event.name()).contains(name) || event.aliases().contains(name)) {
                return event.name();
            }
        }
        return name;
    }

    /** A link to the page of the event {@code release} calls {@code name}, under that name. */
    Link event(String name, Version release, String label) {
        return new Link(SiteLinks.relative(path, SiteLinks.event(event(name, release))), label);
    }

    /**
     * A link, under the label {@code label}, to the field that {@code release} calls {@code field} on
     * the event called {@code current} now.
     */
    Link field(String current, String field, Version release, String label) {
        return new Link(fieldHref(current, context.currentField(current, field, release)), label);
    }

    /** The href of the row of the field {@code field} (current name) on the page of the event {@code event}. */
    private String fieldHref(String event, String field) {
        String anchor = EventPages.anchor(context.declarations(event), field);
        String page = SiteLinks.relative(path, SiteLinks.event(event));
        return anchor.isEmpty() ? page : page + "#" + anchor;
    }

    /**
     * {@code markdown} (the report's wording: names between backticks) as text whose names are linked:
     * a name of a field of the event {@code event} (current name; "" for none), to that field on its
     * page; else the name of an event or of a category, to its page. A name is first looked up among
     * the names things have now, then among those they had (so that `passdb`, which was the driver's
     * name in 2.3 and is the passdb's name since 2.4, leads to the field called so now). Other code
     * (values) is not linked.
     */
    UpgradePage.Text linked(String markdown, String event) {
        List<UpgradePage.Span> spans = new ArrayList<>();
        for (InlineText.Run run : InlineText.parse(markdown).runs()) {
            spans.add(new UpgradePage.Span(run.text(), run.code(), run.code() ? href(run.text(), event) : ""));
        }
        return new UpgradePage.Text(spans);
    }

    /** {@code name} in code, linked to {@code href}. */
    static UpgradePage.Text code(String name, String href) {
        return new UpgradePage.Text(List.of(new UpgradePage.Span(name, true, href)));
    }

    private String href(String name, String event) {
        for (boolean now : new boolean[] {true, false}) {
            for (Event declaration : context.declarations(event)) {
                for (Field field : declaration.fields()) {
                    if (named(field.name(), field.lifecycle(), name, now)) {
                        return fieldHref(event, field.name());
                    }
                }
            }
        }
        for (boolean now : new boolean[] {true, false}) {
            for (Event candidate : context.reference().events()) {
                if (named(candidate.name(), candidate.lifecycle(), name, now)
                        || !now && candidate.aliases().contains(name)) {
                    return SiteLinks.relative(path, SiteLinks.event(candidate.name()));
                }
            }
            for (Category category : context.reference().categories()) {
                if (named(category.name(), category.lifecycle(), name, now)) {
                    return SiteLinks.relative(path, SiteLinks.category(category.name()));
                }
            }
        }
        return "";
    }

    /** Whether the thing called {@code current} now is called {@code name} now, or else ({@code now} false) was. */
    private static boolean named(String current, Lifecycle lifecycle, String name, boolean now) {
        return now ? current.equals(name) : lifecycle.names(current).contains(name);
    }

    /** A link to the page of the category {@code release} calls {@code name}, under that name. */
    Link category(String name, Version release) {
        return new Link(SiteLinks.relative(path, SiteLinks.category(context.currentCategory(name, release))), name);
    }

    /** The area of the event {@code release} calls {@code name}: its section's id. */
    String areaOf(String name, Version release) {
        List<Event> declarations = context.declarations(event(name, release));
        return declarations.isEmpty() ? CATEGORIES : declarations.get(0).section();
    }

    /** Rows sorted into areas, each area's rows in the order of their keys. Not thread-safe. */
    final class Rows {

        private final Map<String, TreeMap<String, UpgradePage.Row>> byArea = new HashMap<>();

        /**
         * Adds {@code row} to {@code area}, where {@code key} places it; when the area has a row of that
         * key, that row gets the items of this one instead.
         */
        void add(String area, String key, UpgradePage.Row row) {
            byArea.computeIfAbsent(area, unused -> new TreeMap<>()).merge(key, row, (known, more) -> {
                UpgradePage.Row merged = known;
                for (Link item : more.items()) {
                    merged = merged.with(item);
                }
                return merged;
            });
        }

        /** How many things the rows are about (an item of a row counts once). */
        int size() {
            return byArea.values().stream().flatMap(rows -> rows.values().stream()).mapToInt(row -> row.items().size())
                    .sum();
        }

        /** The areas that have rows, in the order of the sections, the categories last; ids start with {@code prefix}. */
        List<UpgradePage.Area> areas(String prefix) {
            List<UpgradePage.Area> areas = new ArrayList<>();
            for (Section section : context.reference().sections()) {
                if (byArea.containsKey(section.id())) {
                    areas.add(new UpgradePage.Area(prefix + section.id(), new Link(SiteLinks.relative(path,
                            SiteLinks.section(section.id())), section.title()),
                            List.copyOf(byArea.get(section.id()).values())));
                }
            }
            if (byArea.containsKey(CATEGORIES)) {
                areas.add(new UpgradePage.Area(prefix + CATEGORIES, new Link(SiteLinks.relative(path, SiteLinks.HOME)
                        + "#categories", "Categories"), List.copyOf(byArea.get(CATEGORIES).values())));
            }
            return areas;
        }
    }
}
