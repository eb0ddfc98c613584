package io.eventref.site;

import io.eventref.model.Event;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
                .map(parent -> new Link(SiteLinks.relative(path, context.groupOrEventPath(parent)), parent))
                .toList();
        List<ListItem> inheritedBy = new ArrayList<>();
        for (String child : context.childrenOf(group.name())) {
            Optional<FieldGroup> childGroup = context.group(child);
            if (childGroup.isPresent()) {
                inheritedBy.add(new ListItem(SiteLinks.relative(path, SiteLinks.group(child)), child + " (group)",
                        context.sanitizer().summary(childGroup.get().description()),
                        context.badges(childGroup.get().lifecycle()), context.lifespan(childGroup.get().lifecycle(), childGroup.get().edition())));
            }
        }
        for (String child : context.childrenOf(group.name())) {
            for (Event event : context.group(child).isPresent() ? List.<Event>of() : context.declarations(child)) {
                if (event.inherits().contains(group.name())) {
                    inheritedBy.add(new ListItem(SiteLinks.relative(path, SiteLinks.event(event.name())),
                            event.name() + (event.process() == null ? "" : " (" + event.process() + ")"),
                            context.sanitizer().summary(event.description()), context.badges(event.lifecycle()),
                            context.lifespan(event.lifecycle(), event.edition())));
                }
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
                context.badges(group.lifecycle()),
                context.lifespan(group.lifecycle(), group.edition()),
                tables.tables(group.fields(), group.lifecycle().added(), path, "Fields of this group", ""));
    }
}
