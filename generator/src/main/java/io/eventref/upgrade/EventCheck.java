package io.eventref.upgrade;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.filter.Wildcard;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Resolves {@code event=NAME} (or {@code event_name = NAME}) against both releases: renamed, removed,
 * deprecated, changed, new, or unknown to both; for a pattern ({@code event=imap_*}), which events it
 * stops or starts matching. Adds the events the filter can match to its carriers (not those under a
 * {@code NOT}).
 */
final class EventCheck {

    private final Upgrade upgrade;
    private final Outcome outcome;
    private final Carriers carriers;
    private boolean unfollowed;

    EventCheck(Upgrade upgrade, Outcome outcome, Carriers carriers) {
        this.upgrade = upgrade;
        this.outcome = outcome;
        this.carriers = carriers;
    }

    /** The name in the newer release of the event called {@code before} in the older one; null when it is gone. */
    static String counterpart(Upgrade upgrade, String before) {
        Optional<Difference.Renamed> rename = upgrade.changes().renamed(Item.event(before));
        if (rename.isPresent()) {
            return rename.get().subject().event();
        }
        return Upgrade.event(upgrade.after(), before).orElse(null);
    }

    void check(Condition condition) {
        if (condition.isPattern()) {
            pattern(condition);
        } else {
            literal(condition);
        }
    }

    private void literal(Condition condition) {
        String name = condition.literal();
        SourceRef at = condition.valueSpot().at();
        Optional<String> then = Upgrade.event(upgrade.before(), name);
        Optional<String> now = Upgrade.event(upgrade.after(), name);
        if (then.isEmpty()) {
            if (now.isPresent()) {
                added(condition, name, now.get());
            } else {
                Optional<Known> known = Known.event(upgrade.whole(), name);
                unfollowed |= !condition.negated() && Unknown.otherEdition(upgrade, known);
                Unknown.report(upgrade, outcome, "unknown-event", condition.valueSpot(), name, "event " + Words.code(name),
                        "no event " + Words.code(name) + " in " + upgrade.either(), known, candidates());
            }
            return;
        }
        String old = then.get();
        Optional<Difference.Renamed> rename = upgrade.changes().renamed(Item.event(old));
        if (rename.isPresent()) {
            String renamed = rename.get().subject().event();
            outcome.add(Impact.BREAKING, "event-renamed", at, Words.withNote("event " + Words.code(name)
                    + " is renamed to " + Words.code(renamed) + " " + Words.in(rename.get().version()),
                    rename.get().note()), name, renamed, rename.get().version());
            outcome.edit(condition.valueSpot().replaceWith(renamed));
            keep(condition, new Carriers.Carrier(old, renamed));
        } else if (now.isEmpty()) {
            removed(condition, name, old);
        } else {
            keep(condition, new Carriers.Carrier(old, now.get()));
            Item subject = Item.event(now.get());
            Changed.of(upgrade, outcome, at, name, subject, "event " + Words.code(name));
        }
    }

    /** The event is in the newer release only: new, or renamed to this name. */
    private void added(Condition condition, String name, String now) {
        SourceRef at = condition.valueSpot().at();
        Item subject = Item.event(now);
        Optional<Difference.Renamed> formerly = upgrade.changes().renamedTo(subject);
        if (formerly.isPresent()) {
            outcome.add(Impact.NOTE, "event-added", at, "event " + Words.code(name) + " is new "
                    + Words.in(formerly.get().version()) + ": in " + upgrade.from() + " it is "
                    + Words.code(formerly.get().before().event()), name, null, formerly.get().version());
            keep(condition, new Carriers.Carrier(formerly.get().before().event(), now));
            return;
        }
        Optional<Difference.Added> added = upgrade.changes().added(subject);
        outcome.add(Impact.NOTE, "event-added", at, "event " + Words.code(name) + " is new"
                + added.map(a -> " " + Words.in(a.version())).orElse("") + ": " + upgrade.from()
                + " does not emit it", name, null, added.map(Difference.Added::version).orElse(null));
        keep(condition, new Carriers.Carrier(null, now));
    }

    private void removed(Condition condition, String name, String old) {
        Optional<Difference.Removed> removal = upgrade.changes().removed(Item.event(old));
        String when = removal.map(r -> Words.withNote(" " + Words.in(r.version()), r.note()))
                .orElse(": " + upgrade.to() + " does not have it");
        if (condition.negated()) {
            outcome.add(Impact.NOTE, "event-removed", condition.valueSpot().at(), "event " + Words.code(name)
                    + " is removed" + when + "; the NOT around it excludes nothing then", name, null,
                    removal.map(Difference.Removed::version).orElse(null));
        } else {
            outcome.add(Impact.BREAKING, "event-removed", condition.valueSpot().at(), "event " + Words.code(name)
                    + " is removed" + when, name, null, removal.map(Difference.Removed::version).orElse(null));
        }
        keep(condition, new Carriers.Carrier(old, null));
    }

    private void pattern(Condition condition) {
        String pattern = condition.value();
        SourceRef at = condition.valueSpot().at();
        List<String> matchedBefore = matching(Upgrade.eventNames(upgrade.before()), pattern);
        List<String> matchedAfter = matching(Upgrade.eventNames(upgrade.after()), pattern);
        List<String> lost = new ArrayList<>();
        TreeSet<String> counterparts = new TreeSet<>();
        for (String event : matchedBefore) {
            String counterpart = counterpart(upgrade, event);
            boolean stillMatched = counterpart != null && Wildcard.matches(pattern, counterpart, false);
            keep(condition, new Carriers.Carrier(event, stillMatched ? counterpart : null));
            if (stillMatched) {
                counterparts.add(counterpart);
            } else {
                lost.add(Words.code(event) + (counterpart == null ? " (" + gone(event) + ")" : " (renamed to "
                        + Words.code(counterpart) + ")"));
            }
        }
        List<String> gained = matchedAfter.stream().filter(event -> !counterparts.contains(event)).toList();
        gained.forEach(event -> keep(condition, new Carriers.Carrier(null, event)));
        report(condition, matchedBefore.isEmpty(), matchedAfter.isEmpty(), lost, gained);
    }

    private void report(Condition condition, boolean noneBefore, boolean noneAfter, List<String> lost,
            List<String> gained) {
        String pattern = condition.value();
        SourceRef at = condition.valueSpot().at();
        String written = condition.written();
        if (noneBefore && noneAfter) {
            Optional<Edition> edition = otherEdition(pattern);
            if (edition.isPresent()) {
                unfollowed |= !condition.negated();
                outcome.add(Impact.WARNING, "other-edition", at, written + " matches only events "
                        + upgrade.undocumented(edition.get()) + ": the check cannot tell what becomes of them", pattern);
            } else {
                outcome.add(Impact.WARNING, "unknown-event", at, written + " matches no event in " + upgrade.either(),
                        pattern);
            }
        } else if (!noneBefore && noneAfter) {
            outcome.add(condition.negated() ? Impact.NOTE : Impact.BREAKING, "pattern-emptied", at, written
                    + " matches no event in " + upgrade.to() + "; in " + upgrade.from() + " it matched "
                    + String.join(", ", lost), pattern);
        } else if (!lost.isEmpty()) {
            outcome.add(Impact.WARNING, "pattern-narrowed", at, written + " no longer matches "
                    + String.join(", ", lost), pattern);
        }
        if (!gained.isEmpty() && !noneAfter) {
            outcome.add(Impact.NOTE, "pattern-widened", at, written + " also matches " + Words.codes(gained) + " in "
                    + upgrade.to(), pattern);
        }
    }

    /** Why an event of the older release is not in the newer one: "removed in 2.4.0", or "removed". */
    private String gone(String event) {
        return upgrade.changes().removed(Item.event(event)).map(removal -> "removed in " + removal.version())
                .orElse("removed");
    }

    private void keep(Condition condition, Carriers.Carrier carrier) {
        if (!condition.negated()) {
            carriers.add(carrier);
        }
    }

    private static List<String> matching(List<String> names, String pattern) {
        return names.stream().filter(name -> Wildcard.matches(pattern, name, false)).toList();
    }

    /**
     * The edition of the events of the whole reference that {@code pattern} matches by some name, when
     * it matches some and all of them are of one edition that the releases do not both document.
     */
    private Optional<Edition> otherEdition(String pattern) {
        List<Edition> editions = upgrade.whole().events().stream()
                .filter(event -> event.lifecycle().names(event.name()).stream()
                        .anyMatch(name -> Wildcard.matches(pattern, name, false)))
                .map(Event::edition)
                .distinct()
                .toList();
        return editions.size() == 1 && !upgrade.documents(editions.get(0)) ? Optional.of(editions.get(0))
                : Optional.empty();
    }

    /** The names of the events of both releases, for "did you mean". */
    private TreeSet<String> candidates() {
        TreeSet<String> names = new TreeSet<>(Upgrade.eventNames(upgrade.before()));
        names.addAll(Upgrade.eventNames(upgrade.after()));
        return names;
    }

    /**
     * Whether the filter names an event, not under a {@code NOT}, that the check cannot follow: one of
     * an edition that the two releases do not both document.
     */
    boolean unfollowed() {
        return unfollowed;
    }
}
