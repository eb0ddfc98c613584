package io.eventref.diff;

import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The differences between the events of the two releases, event by event in alphabetical order of
 * their current names: added, removed, renamed, deprecated, came and went, and for an event in both,
 * its processes, its fields and its notes. An event keeps its identity across its renames; an event
 * that the newer release's documentation leaves out for its edition (a Pro-only event in a community
 * release) is not reported as removed.
 */
final class EventDiffer {

    private final Span span;
    private final FieldDiffer fields;
    private final SortedMap<String, NamedEvent> before;
    private final SortedMap<String, NamedEvent> after;
    private final SortedMap<String, NamedEvent> whole;
    private final boolean skipUndated;

    /** {@code skipUndated}: skip the events that nothing {@link Dated dates} within the span (they have none). */
    EventDiffer(Span span, boolean skipUndated) {
        this.span = span;
        this.fields = new FieldDiffer(span);
        this.before = span.before().events();
        this.after = span.after().events();
        this.whole = span.whole().events();
        this.skipUndated = skipUndated;
    }

    List<Difference> compare() {
        List<Difference> differences = new ArrayList<>();
        for (NamedEvent event : whole.values()) {
            if (skipUndated && !span.coversAny(event.dated())) {
                continue;
            }
            Optional<NamedEvent> then = in(before, event, span.from());
            Optional<NamedEvent> now = in(after, event, span.to());
            if (now.isPresent()) {
                differences.addAll(then.isPresent() ? present(event, then.get(), now.get()) : added(now.get()));
            } else if (then.isPresent()) {
                if (span.documents(span.to(), event.edition())) {
                    differences.add(removal(then.get().name(), event));
                }
            } else {
                cameAndWent(event).ifPresent(differences::add);
            }
        }
        return differences;
    }

    /** The event as {@code view} has it, under the name it had in {@code release}, if it was there. */
    private static Optional<NamedEvent> in(SortedMap<String, NamedEvent> view, NamedEvent event, Version release) {
        if (!event.existsIn(release)) {
            return Optional.empty();
        }
        return Optional.ofNullable(view.get(event.lifecycle().nameIn(release, event.name())));
    }

    private List<Difference> added(NamedEvent now) {
        Item subject = Item.event(now.name());
        List<Difference> differences = new ArrayList<>();
        differences.add(new Difference.Added(subject, span.firstWith(now::existsIn)));
        Happenings.deprecation(span, subject, now.lifecycle()).ifPresent(differences::add);
        return differences;
    }

    /** An event in both releases, under the same name or renamed. */
    private List<Difference> present(NamedEvent event, NamedEvent then, NamedEvent now) {
        Item subject = Item.event(now.name());
        List<Difference> differences = new ArrayList<>();
        span.rename(event.lifecycle()).ifPresent(renamed -> differences.add(new Difference.Renamed(
                Item.event(then.name()), subject, renamed.version(), renamed.note())));
        if (!then.processes().equals(now.processes())) {
            differences.add(new Difference.ProcessesChanged(subject, then.processes(), now.processes()));
        }
        differences.addAll(fields.compare(now.name(), then.fields(), now.fields(), event.fields()));
        differences.addAll(Happenings.of(span, subject, now.lifecycle()));
        return differences;
    }

    private Difference removal(String thenName, NamedEvent event) {
        Version version = span.firstWithout(span.from(), event::existsIn);
        Lifecycle lifecycle = event.lifecycle();
        String note = version.equals(lifecycle.removed()) ? lifecycle.removedNote() : null;
        return new Difference.Removed(Item.event(thenName), version, note);
    }

    private Optional<Difference> cameAndWent(NamedEvent event) {
        if (!span.existedBetween(release -> event.existsIn(release) && span.documents(release, event.edition()))) {
            return Optional.empty();
        }
        Version added = span.firstWith(event::existsIn);
        Version removed = span.firstWithout(added, event::existsIn);
        Lifecycle lifecycle = event.lifecycle();
        String name = event.lifecycle().nameIn(added, event.name());
        return Optional.of(new Difference.CameAndWent(Item.event(name), added, removed,
                removed.equals(lifecycle.removed()) ? lifecycle.removedNote() : null));
    }
}
