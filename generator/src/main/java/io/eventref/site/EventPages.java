package io.eventref.site;

import io.eventref.history.Moment;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Release;
import io.eventref.model.Section;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the page record of each event: one page per name, with a variant per declaration. */
final class EventPages {

    private final PageContext context;
    private final FieldTables tables;
    private final ObservationNotes servers;

    EventPages(PageContext context, ObservationNotes servers) {
        this.context = context;
        this.tables = new FieldTables(context);
        this.servers = servers;
    }

    EventPage page(String name, Set<String> published) {
        List<Event> declarations = context.declarations(name);
        Event first = declarations.get(0);
        String path = SiteLinks.event(name);
        Section section = context.reference().requireSection(first.section());
        Lifecycle lifecycle = span(declarations);
        List<EventPage.Variant> variants = new ArrayList<>();
        for (Event event : declarations) {
            String idPrefix = variants.isEmpty() ? "" : SiteLinks.slug(event.process()) + "-";
            List<Link> inherits = event.inherits().stream()
                    .map(parent -> new Link(SiteLinks.relative(path, context.groupOrEventPath(parent)), parent))
                    .toList();
            List<Link> contexts = event.contexts().stream()
                    .map(group -> new Link(SiteLinks.relative(path, context.groupOrEventPath(group)), group))
                    .toList();
            variants.add(new EventPage.Variant(event.process() == null ? "" : event.process(),
                    context.sanitizer().html(event.description()), inherits, contexts,
                    tables.table(event.fields(), event.contextFields(), event.lifecycle().added(), event.edition(),
                            path, idPrefix)));
        }
        Set<String> categories = new java.util.TreeSet<>();
        declarations.forEach(event -> categories.addAll(event.categories()));
        return new EventPage(
                context.layout(path, name, context.sanitizer().summary(first.description())),
                name,
                first.aliases(),
                new Link(SiteLinks.relative(path, SiteLinks.section(section.id())), section.title()),
                categories.stream().map(category -> new Link(SiteLinks.relative(path, SiteLinks.category(category)),
                        category)).toList(),
                badges(lifecycle, first.edition()),
                context.lifespan(lifecycle, first.edition()),
                first.edition() == Edition.PRO ? Edition.PRO.label() + " only"
                        : Edition.COMMUNITY.label() + " and " + Edition.PRO.label(),
                lifecycle.removed() == null ? ""
                        : "Dovecot no longer emits this event: it was removed in " + lifecycle.removed()
                                + ". This page stays so that old links still work.",
                schema(name, lifecycle, first.edition(), path, published),
                Upstream.links(name, lifecycle, context.reference()),
                variants, history(name, declarations, path), servers.of(declarations, path));
    }

    /**
     * The event's history, its declarations' together; a field links to its row in the first
     * variant that has it (a field the event no longer has links to none).
     */
    private List<HistoryEntry> history(String name, List<Event> declarations, String path) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Moment moment : context.history().event(name).orElseThrow().moments()) {
            String version = moment.version() == null ? "" : moment.version().toString();
            String what = switch (moment.what()) {
                case ADDED -> moment.version() == null ? "Present since the first release covered" : "Added";
                case RENAMED_FROM -> moment.field() == null ? "Renamed from " + moment.otherName() : "Renamed";
                case RENAMED_TO -> "Renamed to " + moment.otherName();
                case CHANGED -> "Changed";
                case DEPRECATED -> "Deprecated";
                case REMOVED -> "Removed";
            };
            String origin = moment.field() == null || Field.OWN.equals(moment.origin()) ? ""
                    : Field.GLOBAL.equals(moment.origin()) ? "global field" : "from " + moment.origin();
            entries.add(new HistoryEntry(version, version.isEmpty() ? ""
                    : SiteLinks.relative(path, SiteLinks.release(version)), what,
                    moment.field() == null ? "" : moment.field(), moment.field() == null ? ""
                            : anchor(declarations, moment.field()),
                    moment.field() != null && moment.what() == Moment.What.RENAMED_FROM ? moment.otherName() : "",
                    origin, moment.note() == null ? "" : context.noteHtml(moment.note()),
                    context.since(moment.version())));
        }
        return entries;
    }

    /** The id of the row of {@code field} in the first variant that has it; "" when none has. */
    static String anchor(List<Event> declarations, String field) {
        for (int i = 0; i < declarations.size(); i++) {
            if (declarations.get(i).findField(field).isPresent()) {
                String anchor = SiteLinks.fieldAnchor(field);
                return i == 0 ? anchor : SiteLinks.slug(declarations.get(i).process()) + "-" + anchor;
            }
        }
        return "";
    }

    /** The badges of the event, and one saying so when only Dovecot Pro emits it. */
    private List<Badge> badges(Lifecycle lifecycle, Edition edition) {
        List<Badge> badges = new ArrayList<>(context.badges(lifecycle));
        if (edition == Edition.PRO) {
            badges.add(0, new Badge("edition", edition.label() + " only", Lifespan.ALWAYS));
        }
        return badges;
    }

    /**
     * The event's schema: in the newest release that documents it ("latest" when that is the newest),
     * under the name it had there, and for each release the name of its schema there ("-" where that
     * release publishes none).
     */
    private EventPage.Schema schema(String name, Lifecycle lifecycle, Edition edition, String path,
            Set<String> published) {
        List<Release> releases = context.reference().releases();
        List<String> names = new ArrayList<>();
        String href = "";
        String label = "";
        for (Release release : releases) {
            String file = lifecycle.nameIn(release.version(), name) + ".schema.json";
            boolean has = lifecycle.existsIn(release.version()) && release.covers(edition)
                    && published.contains("schemas/" + release.version() + "/" + file);
            names.add(has ? file : "-");
            if (has) {
                String folder = release.equals(context.reference().latest()) ? "latest" : release.version().toString();
                href = SiteLinks.relative(path, "schemas/" + folder + "/" + file);
                label = file;
            }
        }
        return new EventPage.Schema(href, label, href.isEmpty() ? "" : SiteLinks.root(path) + "schemas/",
                href.isEmpty() ? "" : String.join(" ", names));
    }

    /** The lifecycle of a name declared several times: from the first addition to the last removal. */
    private static Lifecycle span(List<Event> declarations) {
        Lifecycle first = declarations.get(0).lifecycle();
        if (declarations.size() == 1) {
            return first;
        }
        Version added = first.added();
        Version removed = first.removed();
        for (Event event : declarations) {
            added = event.lifecycle().added() == null || added == null ? null : Version.earlier(added,
                    event.lifecycle().added());
            removed = event.lifecycle().removed() == null || removed == null ? null : Version.later(removed,
                    event.lifecycle().removed());
        }
        return new Lifecycle(added, null, null, removed, null, List.of());
    }
}
