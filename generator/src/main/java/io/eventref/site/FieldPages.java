package io.eventref.site;

import io.eventref.diff.Mention;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the page of each field name, the site's {@code eventref history NAME} for a field: every
 * event that carries a field of that name, now or before a rename, since when and where from.
 */
final class FieldPages {

    private final PageContext context;

    FieldPages(PageContext context) {
        this.context = context;
    }

    /** Every name a field of an event, a group or the global fields has had, sorted. */
    static Set<String> names(Reference reference) {
        Set<String> names = new TreeSet<>();
        reference.events().forEach(event -> event.fields().forEach(field -> names.addAll(field.lifecycle()
                .names(field.name()))));
        reference.groups().forEach(group -> group.ownFields().forEach(field -> names.addAll(field.lifecycle()
                .names(field.name()))));
        reference.globalFields().forEach(field -> names.addAll(field.lifecycle().names(field.name())));
        return names;
    }

    FieldPage page(String name) {
        Reference reference = context.reference();
        String path = SiteLinks.field(name);
        List<FieldPage.Carrier> carriers = new ArrayList<>();
        Set<String> events = new TreeSet<>();
        for (Event event : reference.events()) {
            for (Field field : event.fields()) {
                List<String> names = field.lifecycle().names(field.name());
                if (!names.contains(name) || Field.GLOBAL.equals(field.origin())) {
                    continue;
                }
                events.add(event.name());
                String row = context.reportLinks(path).apply(new Mention(field.name(), Mention.Kind.FIELD, event.name()));
                String from = Field.OWN.equals(field.origin()) ? "own" : field.origin();
                String fromHref = Field.OWN.equals(field.origin()) ? ""
                        : Field.GLOBAL.equals(field.origin()) ? SiteLinks.relative(path, SiteLinks.HOME) + "#global-fields"
                        : SiteLinks.relative(path, context.groupOrEventPath(field.origin()));
                carriers.add(new FieldPage.Carrier(new Link(row, event.name()),
                        event.process() == null ? "" : event.process(), names, field.type().id(), from, fromHref,
                        field.lifecycle().added() == null ? "" : field.lifecycle().added().toString(),
                        field.lifecycle().removed() == null ? "" : field.lifecycle().removed().toString(),
                        context.lifespan(field.lifecycle(), edition(event, field))));
            }
        }
        List<Link> groups = new ArrayList<>();
        for (FieldGroup group : reference.groups()) {
            if (group.ownFields().stream().anyMatch(field -> field.lifecycle().names(field.name()).contains(name))) {
                groups.add(new Link(SiteLinks.relative(path, SiteLinks.group(group.name())) + "#"
                        + SiteLinks.fieldAnchor(currentName(group.ownFields(), name)), group.name()));
            }
        }
        String globalHref = reference.globalFields().stream()
                .filter(field -> field.lifecycle().names(field.name()).contains(name))
                .findFirst()
                .map(field -> SiteLinks.relative(path, SiteLinks.HOME) + "#" + SiteLinks.fieldAnchor(field.name()))
                .orElse("");
        String summary = events.isEmpty() ? (globalHref.isEmpty() ? "No event carries a field called " + name + "."
                : "A global field: every event may carry it.")
                : events.size() == 1 ? "1 event carries a field called " + name + "."
                : events.size() + " events carry a field called " + name + ".";
        return new FieldPage(context.layout(path, name + " (field)", summary), name, summary, globalHref, groups,
                carriers);
    }

    private static String currentName(List<Field> fields, String name) {
        return fields.stream().filter(field -> field.lifecycle().names(field.name()).contains(name))
                .map(Field::name).findFirst().orElse(name);
    }

    /** Pro when the event or the group the field comes through is of Dovecot Pro. */
    private Edition edition(Event event, Field field) {
        boolean pro = event.edition() == Edition.PRO || (field.isInherited()
                && context.group(field.origin()).map(FieldGroup::edition).orElse(Edition.COMMUNITY) == Edition.PRO);
        return pro ? Edition.PRO : Edition.COMMUNITY;
    }
}
