package io.eventref.site;

import io.eventref.model.Event;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import java.util.ArrayList;
import java.util.List;

/** Builds the page record of each field group. */
final class GroupPages {

    private final PageContext context;
    private final FieldTables tables;

    GroupPages(PageContext context) {
        this.context = context;
        this.tables = new FieldTables(context);
    }

    GroupPage page(FieldGroup group) {
        Reference reference = context.reference();
        String path = SiteLinks.group(group.name());
        List<Link> parents = group.inherits().stream()
                .map(parent -> new Link(SiteLinks.relative(path, reference.findGroup(parent).isPresent()
                        ? SiteLinks.group(parent) : SiteLinks.event(parent)), parent))
                .toList();
        List<ListItem> inheritedBy = new ArrayList<>();
        for (FieldGroup child : reference.groups()) {
            if (child.inherits().contains(group.name())) {
                inheritedBy.add(new ListItem(SiteLinks.relative(path, SiteLinks.group(child.name())),
                        child.name() + " (group)", context.sanitizer().summary(child.description()),
                        PageContext.badges(child.lifecycle()), Lifespan.of(child.lifecycle())));
            }
        }
        for (Event event : reference.events()) {
            if (event.inherits().contains(group.name())) {
                inheritedBy.add(new ListItem(SiteLinks.relative(path, SiteLinks.event(event.name())),
                        event.name() + (event.process() == null ? "" : " (" + event.process() + ")"),
                        context.sanitizer().summary(event.description()), PageContext.badges(event.lifecycle()),
                        Lifespan.of(event.lifecycle())));
            }
        }
        var section = reference.requireSection(group.section());
        return new GroupPage(
                context.layout(path, group.name() + " (field group)", context.sanitizer().summary(group.description())),
                group.name(),
                context.sanitizer().html(group.description()),
                new Link(SiteLinks.relative(path, SiteLinks.section(section.id())), section.title()),
                parents,
                inheritedBy,
                PageContext.badges(group.lifecycle()),
                Lifespan.of(group.lifecycle()),
                tables.tables(group.fields(), group.lifecycle().added(), path, "Fields of this group", ""));
    }
}
