package io.eventref.validate;

import io.eventref.content.Directive;
import io.eventref.content.DirectiveKind;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.diagnostic.Suggestions;
import java.util.Set;
import java.util.TreeSet;

/** {@code unknown-parent}: every name in {@code Inherits from:} is a group or an event. */
final class UnknownParentRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Set<String> known = new TreeSet<>();
        content.items(ItemKind.GROUP).forEach(located -> known.add(located.item().name()));
        content.items(ItemKind.EVENT).forEach(located -> known.add(located.item().name()));
        for (ContentIndex.Located located : content.items()) {
            for (Directive directive : located.item().directives()) {
                if (directive.kind() != DirectiveKind.INHERITS) {
                    continue;
                }
                for (String parent : directive.values()) {
                    if (!known.contains(parent)) {
                        diagnostics.error(directive.source(), "unknown-parent", ContentIndex.describe(located.item())
                                + " inherits from '" + parent + "', which is no group or event"
                                + Suggestions.hint(parent, known));
                    }
                }
            }
        }
    }
}
