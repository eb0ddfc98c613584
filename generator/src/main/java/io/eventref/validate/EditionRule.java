package io.eventref.validate;

import io.eventref.content.Directive;
import io.eventref.content.DirectiveKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Edition;
import java.util.Arrays;

/** {@code unknown-edition}: an {@code Edition:} line names one edition of Dovecot: {@code Pro} or {@code Community}. */
final class EditionRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        String known = String.join(", ", Arrays.stream(Edition.values()).map(Edition::id).toList());
        for (ContentIndex.Located located : content.items()) {
            for (Directive directive : located.item().directives()) {
                if (directive.kind() != DirectiveKind.EDITION) {
                    continue;
                }
                if (directive.values().size() != 1) {
                    diagnostics.error(directive.source(), "unknown-edition", "'Edition:' names one edition ("
                            + known + "), got " + directive.values().size());
                } else if (Edition.fromId(directive.values().get(0)).isEmpty()) {
                    diagnostics.error(directive.source(), "unknown-edition", "no edition '"
                            + directive.values().get(0) + "'; the editions are " + known);
                }
            }
        }
    }
}
