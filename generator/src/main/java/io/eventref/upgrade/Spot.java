package io.eventref.upgrade;

import io.eventref.filter.Term;
import io.eventref.model.SourceRef;
import java.util.Objects;

/**
 * Where a name stands in the config: characters {@code start} to {@code end} of a piece that can be
 * rewritten. {@code term} is the filter term written there, null outside filters; a replacement is
 * spelled as the term was (bare or quoted).
 */
record Spot(Editable in, int start, int end, Term term) {

    Spot {
        Objects.requireNonNull(in, "in");
        if (start < 0 || end < start || end > in.text().length()) {
            throw new IllegalArgumentException("start, end: within the text, got " + start + ", " + end);
        }
    }

    SourceRef at() {
        return in.text().at(start);
    }

    /** An edit that writes {@code replacement} here. */
    Edit replaceWith(String replacement) {
        return new Edit(this, term == null ? replacement : term.spell(replacement));
    }

    /** Replacing the text of a spot with something. */
    record Edit(Spot spot, String text) {
        Edit {
            Objects.requireNonNull(spot, "spot");
            Objects.requireNonNull(text, "text");
        }
    }
}
