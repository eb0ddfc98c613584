package io.eventref.site;

import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import io.eventref.model.Section;
import java.util.List;

/** Builds the pages that list things: sections and categories. */
final class ListPages {

    private final PageContext context;

    ListPages(PageContext context) {
        this.context = context;
    }

    SectionPage section(Section section) {
        String path = SiteLinks.section(section.id());
        Reference reference = context.reference();
        List<ListItem> groups = section.groups().stream()
                .map(name -> group(path, context.group(name).orElseThrow()))
                .toList();
        return new SectionPage(
                context.layout(path, section.title(), context.sanitizer().summary(section.description())),
                section.title(), context.sanitizer().html(section.description()),
                context.badges(section.lifecycle()), groups, events(path, section.events()));
    }

    CategoryPage category(Category category) {
        String path = SiteLinks.category(category.name());
        Reference reference = context.reference();
        List<Link> parents = category.parent() == null ? List.of()
                : List.of(new Link(SiteLinks.relative(path, SiteLinks.category(category.parent())), category.parent()));
        List<Link> children = reference.categories().stream()
                .filter(child -> category.name().equals(child.parent()))
                .map(child -> new Link(SiteLinks.relative(path, SiteLinks.category(child.name())), child.name()))
                .toList();
        List<String> names = context.eventsWithCategory(category.name());
        return new CategoryPage(
                context.layout(path, category.name() + " (category)", context.sanitizer().summary(category.description())),
                category.name(), context.sanitizer().html(category.description()), parents, children,
                context.badges(category.lifecycle()), context.lifespan(category.lifecycle(), category.edition()),
                events(path, names));
    }

    /** List items for the events called {@code names}, linked from the page at {@code path}. */
    List<ListItem> events(String path, List<String> names) {
        return names.stream().map(name -> event(path, context.declarations(name))).toList();
    }

    private ListItem event(String path, List<Event> declarations) {
        Event first = declarations.get(0);
        return new ListItem(SiteLinks.relative(path, SiteLinks.event(first.name())), first.name(),
                context.sanitizer().summary(first.description()), context.badges(first.lifecycle()),
                context.lifespan(first.lifecycle(), first.edition()));
    }

    ListItem group(String path, FieldGroup group) {
        return new ListItem(SiteLinks.relative(path, SiteLinks.group(group.name())), group.name(),
                context.sanitizer().summary(group.description()), context.badges(group.lifecycle()),
                context.lifespan(group.lifecycle(), group.edition()));
    }
}
