package io.eventref.diff;

import io.eventref.model.Change;
import io.eventref.model.Lifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one item's own lifecycle tells of the span: a rename that a change note names, its other
 * change notes, and its deprecation.
 */
final class Happenings {

    private Happenings() {
    }

    /**
     * The happenings of the item {@code subject}, which existed in both releases, whose lifecycle (as
     * of the newer release; for a renamed item, across both names) is {@code lifecycle}. {@code named} gives the subject of the item under an
     * old name a note names; null when renames are not to be read from the notes. The note
     * {@code told}, already told as a rename, is not repeated.
     */
    static List<Difference> of(Span span, Item subject, Lifecycle lifecycle, Function<String, Item> named,
            String told) {
        List<Difference> happenings = new ArrayList<>();
        for (Change change : span.notes(lifecycle)) {
            Optional<String> oldName = named == null ? Optional.empty()
                    : RenameNotes.renamedFrom(change.note()).filter(name -> !name.equals(subject.name()));
            if (oldName.isPresent()) {
                happenings.add(new Difference.Renamed(named.apply(oldName.get()), subject, change.version(),
                        change.note()));
            } else if (!change.note().equals(told)) {
                happenings.add(new Difference.Noted(subject, change.version(), change.note()));
            }
        }
        deprecation(span, subject, lifecycle).ifPresent(happenings::add);
        return happenings;
    }

    /** The item's deprecation, when it happened within the span. */
    static Optional<Difference> deprecation(Span span, Item subject, Lifecycle lifecycle) {
        return span.covers(lifecycle.deprecated())
                ? Optional.of(new Difference.Deprecated(subject, lifecycle.deprecated(), lifecycle.deprecatedNote()))
                : Optional.empty();
    }
}
