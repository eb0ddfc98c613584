package io.eventref.site;

import io.eventref.diff.Mention;
import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the things a diff report names lead on the site: the page of an event, the row of a field on
 * its event's page, the page of a category or a group. A report names things as they were called in
 * its releases, so each is found by any name it has had (its current name first), and leads to the
 * page of its current name. The site paths it gives are relative to the site's root; thread-safe.
 */
final class ReportLinks {

    private final Map<String, String> events = new HashMap<>();
    private final Map<String, List<Event>> declarations = new HashMap<>();
    private final Map<String, String> categories = new HashMap<>();
    private final Set<String> groups = new HashSet<>();

    ReportLinks(Reference reference) {
        for (Event event : reference.events()) {
            events.put(event.name(), event.name());
            declarations.computeIfAbsent(event.name(), name -> new ArrayList<>()).add(event);
        }
        for (Event event : reference.events()) {
            event.lifecycle().names(event.name()).forEach(name -> events.putIfAbsent(name, event.name()));
            event.aliases().forEach(alias -> events.putIfAbsent(alias, event.name()));
        }
        reference.categories().forEach(category -> categories.put(category.name(), category.name()));
        for (Category category : reference.categories()) {
            category.lifecycle().names(category.name()).forEach(name -> categories.putIfAbsent(name, category.name()));
        }
        reference.groups().stream().map(FieldGroup::name).forEach(groups::add);
    }

    /** The site path (with the field's anchor) that {@code mention} leads to; "" when it names nothing known. */
    String path(Mention mention) {
        return switch (mention.kind()) {
            case EVENT -> events.containsKey(mention.text()) ? SiteLinks.event(events.get(mention.text())) : "";
            case FIELD -> field(mention.event(), mention.text());
            case CATEGORY -> categories.containsKey(mention.text())
                    ? SiteLinks.category(categories.get(mention.text())) : "";
            case GROUP -> groups.contains(mention.text()) ? SiteLinks.group(mention.text())
                    : declarations.containsKey(mention.text()) ? SiteLinks.event(mention.text()) : "";
        };
    }

    /**
     * The row of the field called {@code field} (now or before) on the page of {@code event}: in the
     * first declaration that has it, as the event page gives its rows their ids; the event's page
     * when none has it.
     */
    private String field(String event, String field) {
        String current = events.get(event);
        if (current == null) {
            return "";
        }
        List<Event> all = declarations.get(current);
        for (int i = 0; i < all.size(); i++) {
            for (Field candidate : all.get(i).fields()) {
                if (candidate.name().equals(field) || candidate.lifecycle().names(candidate.name()).contains(field)) {
                    String prefix = i == 0 ? "" : SiteLinks.slug(all.get(i).process()) + "-";
                    return SiteLinks.event(current) + "#" + prefix + SiteLinks.fieldAnchor(candidate.name());
                }
            }
        }
        return SiteLinks.event(current);
    }
}
