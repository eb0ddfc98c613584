package io.eventref.upgrade;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.model.SourceRef;
import java.util.Optional;

/** The warnings about something the config names that both releases have: its deprecation and its change notes. */
final class Changed {

    private Changed() {
    }

    /** {@code what}: how messages name it, such as "event `x`" or "field `f` of `e`". */
    static void of(Upgrade upgrade, Outcome outcome, SourceRef at, String name, Item subject, String what) {
        Optional<Difference.Deprecated> deprecation = upgrade.changes().deprecated(subject);
        deprecation.ifPresent(d -> outcome.add(Impact.WARNING, "deprecated", at, Words.withNote(what
                + " is deprecated " + Words.in(d.version()), d.note()), name, null, d.version()));
        for (Difference.Noted note : upgrade.changes().notes(subject)) {
            outcome.add(Impact.WARNING, "changed", at, what + " changed " + Words.in(note.version()) + ": "
                    + note.note().strip(), name, null, note.version());
        }
    }
}
