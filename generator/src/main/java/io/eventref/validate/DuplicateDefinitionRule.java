package io.eventref.validate;

import io.eventref.content.CategoryDraft;
import io.eventref.content.DirectiveKind;
import io.eventref.content.FileDraft;
import io.eventref.content.FileKind;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code duplicate-category}, {@code duplicate-group}, {@code duplicate-event},
 * {@code duplicate-section}: each is defined once. An event may be declared several times only
 * when each declaration names a different emitting process ({@code Process:}).
 */
final class DuplicateDefinitionRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Map<String, SourceRef> categories = new LinkedHashMap<>();
        for (CategoryDraft category : content.categories()) {
            once(categories, category.name(), category.source(), "category", "duplicate-category", diagnostics);
        }
        Map<String, SourceRef> groups = new LinkedHashMap<>();
        content.items(ItemKind.GROUP).forEach(located -> once(groups, located.item().name(), located.item().source(),
                "group", "duplicate-group", diagnostics));
        Map<String, SourceRef> sections = new LinkedHashMap<>();
        for (FileDraft file : content.draft().files(FileKind.SECTION)) {
            once(sections, file.id(), file.start(), "section id", "duplicate-section", diagnostics);
        }
        checkEvents(content, diagnostics);
    }

    private static void once(Map<String, SourceRef> seen, String name, SourceRef source, String what, String rule,
            Diagnostics diagnostics) {
        SourceRef first = seen.putIfAbsent(name, source);
        if (first != null) {
            diagnostics.error(source, rule, what + " '" + name + "' is already defined at " + first);
        }
    }

    private static void checkEvents(ContentIndex content, Diagnostics diagnostics) {
        Map<String, List<ContentIndex.Located>> byName = new LinkedHashMap<>();
        for (ContentIndex.Located located : content.items(ItemKind.EVENT)) {
            byName.computeIfAbsent(located.item().name(), name -> new ArrayList<>()).add(located);
            for (String alias : located.item().directiveValues(DirectiveKind.ALIASES)) {
                byName.computeIfAbsent(alias, name -> new ArrayList<>()).add(located);
            }
        }
        for (Map.Entry<String, List<ContentIndex.Located>> entry : byName.entrySet()) {
            List<ContentIndex.Located> declarations = entry.getValue();
            if (declarations.size() < 2) {
                continue;
            }
            Map<String, SourceRef> processes = new LinkedHashMap<>();
            SourceRef first = declarations.get(0).item().source();
            for (ContentIndex.Located located : declarations) {
                List<String> process = located.item().directiveValues(DirectiveKind.PROCESS);
                if (!located.item().name().equals(entry.getKey())) {
                    diagnostics.error(located.item().source(), "duplicate-event", "alias '" + entry.getKey()
                            + "' of event '" + located.item().name() + "' names an event defined at " + first);
                } else if (process.isEmpty()) {
                    diagnostics.error(located.item().source(), "duplicate-event", "event '" + entry.getKey()
                            + "' is declared " + declarations.size() + " times (first at " + first + "); "
                            + "if several processes emit it, give each declaration a 'Process:' line");
                } else {
                    once(processes, process.get(0), located.item().source(),
                            "event '" + entry.getKey() + "' of process", "duplicate-event", diagnostics);
                }
            }
        }
    }
}
