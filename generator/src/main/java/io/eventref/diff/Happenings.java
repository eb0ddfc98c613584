package io.eventref.diff;

import io.eventref.model.Change;
import io.eventref.model.Lifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one item's own lifecycle tells of the span: its change notes and its deprecation. */
final class Happenings {

    private Happenings() {
    }

    /**
     * The happenings of the item {@code subject}, which existed in both releases, whose lifecycle (as
     * of the newer release; for an item the content has as two, across both) is {@code lifecycle}.
     */
    static List<Difference> of(Span span, Item subject, Lifecycle lifecycle) {
        List<Difference> happenings = new ArrayList<>();
        for (Change change : span.notes(lifecycle)) {
            happenings.add(new Difference.Noted(subject, change.version(), change.note()));
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
