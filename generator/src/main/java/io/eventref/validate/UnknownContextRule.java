package io.eventref.validate;

import io.eventref.content.Directive;
import io.eventref.content.DirectiveKind;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.diagnostic.Suggestions;
import java.util.Set;
import java.util.TreeSet;

/** {@code unknown-context}: every name in {@code Contexts:} is a group (a context is a group of fields). */
final class UnknownContextRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Set<String> groups = new TreeSet<>();
        content.items(ItemKind.GROUP).forEach(located -> groups.add(located.item().name()));
        Set<String> events = new TreeSet<>();
        content.items(ItemKind.EVENT).forEach(located -> events.add(located.item().name()));
        for (ContentIndex.Located located : content.items()) {
            for (Directive directive : located.item().directives()) {
                if (directive.kind() != DirectiveKind.CONTEXTS) {
                    continue;
                }
                for (String context : directive.values()) {
                    if (groups.contains(context)) {
                        continue;
                    }
                    String why = events.contains(context)
                            ? "is an event; a context is a group of fields ('## Group: " + context + "')"
                            : "is no group" + Suggestions.hint(context, groups);
                    diagnostics.error(directive.source(), "unknown-context", ContentIndex.describe(located.item())
                            + " names the context '" + context + "', which " + why);
                }
            }
        }
    }
}
