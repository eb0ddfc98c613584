package io.eventref.validate;

import io.eventref.content.CategoryDraft;
import io.eventref.content.Directive;
import io.eventref.content.DirectiveKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.diagnostic.Suggestions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code unknown-category}: {@code Categories:} lines and category parents name defined categories.
 * {@code service:imap} matches the pattern category {@code service:<name>} when that is defined.
 */
final class UnknownCategoryRule implements Rule {

    private static final Pattern PATTERN_NAME = Pattern.compile("([a-z0-9-]+):<name>");

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Set<String> known = content.categoryNames();
        for (ContentIndex.Located located : content.items()) {
            for (Directive directive : located.item().directives()) {
                if (directive.kind() != DirectiveKind.CATEGORIES) {
                    continue;
                }
                for (String name : directive.values()) {
                    if (!isKnown(name, known)) {
                        diagnostics.error(directive.source(), "unknown-category", "category '" + name
                                + "' is not defined in the categories" + Suggestions.hint(name, known));
                    }
                }
            }
        }
        for (CategoryDraft category : content.categories()) {
            if (category.parent() != null && !known.contains(category.parent())) {
                diagnostics.error(category.parentSource(), "unknown-category", "parent category '" + category.parent()
                        + "' of '" + category.name() + "' is not defined" + Suggestions.hint(category.parent(), known));
            }
        }
    }

    private static boolean isKnown(String name, Set<String> known) {
        if (known.contains(name)) {
            return true;
        }
        int colon = name.indexOf(':');
        return colon > 0 && known.stream().anyMatch(category -> {
            var pattern = PATTERN_NAME.matcher(category);
            return pattern.matches() && pattern.group(1).equals(name.substring(0, colon));
        });
    }
}
