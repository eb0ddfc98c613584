package io.eventref.validate;

import io.eventref.content.Directive;
import io.eventref.content.DirectiveKind;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.FieldNames;
import io.eventref.model.SourceRef;
import java.util.regex.Pattern;

/**
 * {@code snake-case}: event names, their aliases and field names are {@code snake_case}, except a
 * field name written quoted, as the server emits it (a name it misspells, say). A field name may
 * hold placeholders ({@code id_param_<param>}), each a snake_case word in angle brackets.
 */
final class SnakeCaseRule implements Rule {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (ContentIndex.Located located : content.items(ItemKind.EVENT)) {
            check("event", located.item().name(), located.item().source(), diagnostics);
            for (Directive directive : located.item().directives()) {
                if (directive.kind() == DirectiveKind.ALIASES) {
                    directive.values().forEach(alias -> check("alias", alias, directive.source(), diagnostics));
                }
            }
        }
        for (ContentIndex.LocatedField located : content.fields()) {
            if (!located.field().quoted()) {
                check("field", FieldNames.withoutPlaceholders(located.field().name()), located.field().name(),
                        located.field().source(), diagnostics);
            }
        }
    }

    private static void check(String what, String name, SourceRef source, Diagnostics diagnostics) {
        check(what, name, name, source, diagnostics);
    }

    /** Checks {@code spelled} (the name with placeholders as words), naming {@code name} in the message. */
    private static void check(String what, String spelled, String name, SourceRef source, Diagnostics diagnostics) {
        if (!SNAKE_CASE.matcher(spelled).matches()) {
            diagnostics.error(source, "snake-case", what + " name '" + name
                    + "' is not snake_case (lowercase letters and digits, words joined by '_')");
        }
    }
}
