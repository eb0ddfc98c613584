package io.eventref.upgrade;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves a field name against the events a filter can match, in both releases: on each event that
 * has it in the older release, the field is kept, renamed or removed (as the diff says, even when the
 * old name lives on with another meaning); else it may be new on an event that was there before (a
 * new event's fields go without saying), or carried by none of them. Renames
 * and removals break when the filter names its events, or when no event keeps the field; a rename
 * that applies alike to every event that had the field rewrites the name.
 */
final class FieldCheck {

    private final Upgrade upgrade;
    private final Outcome outcome;
    private final Carriers carriers;

    FieldCheck(Upgrade upgrade, Outcome outcome, Carriers carriers) {
        this.upgrade = upgrade;
        this.outcome = outcome;
        this.carriers = carriers;
    }

    void check(FieldUse use) {
        if (carriers.isEmpty()) {
            return;
        }
        String field = use.field();
        List<Fate> fates = new ArrayList<>();
        TreeSet<String> added = new TreeSet<>();
        boolean anyBefore = false;
        boolean onNewEvents = false;
        for (Carriers.Carrier carrier : carriers.list()) {
            Optional<Field> before = carrier.before() == null ? Optional.empty()
                    : Upgrade.field(upgrade.before(), carrier.before(), field);
            boolean after = carrier.after() != null && Upgrade.field(upgrade.after(), carrier.after(), field).isPresent();
            if (before.isPresent()) {
                anyBefore = true;
                if (carrier.after() != null) {
                    fates.add(Fate.of(upgrade, carrier, before.get()));
                }
            } else if (after && carrier.before() != null) {
                added.add(carrier.after());
            } else if (after) {
                onNewEvents = true;
            }
        }
        if (anyBefore) {
            judge(use, fates);
        } else if (!added.isEmpty()) {
            added(use, added);
        } else if (!onNewEvents) {
            unknown(use);
        }
    }

    /** The field is new on {@code events}: under this name, or renamed to it. */
    private void added(FieldUse use, TreeSet<String> events) {
        String field = use.field();
        Item subject = Item.field(events.first(), field, Field.OWN);
        Optional<Difference.Renamed> formerly = upgrade.changes().renamedTo(subject);
        if (formerly.isPresent()) {
            outcome.add(Impact.NOTE, "field-added", use.spot().at(), "field " + Words.code(field) + " of "
                    + Words.events(events) + " is new " + Words.in(formerly.get().version()) + ": in " + upgrade.from()
                    + " it is " + Words.code(formerly.get().before().field()), field, null, formerly.get().version());
            return;
        }
        Optional<Difference.Added> addition = upgrade.changes().added(subject);
        outcome.add(Impact.NOTE, "field-added", use.spot().at(), "field " + Words.code(field) + " of "
                + Words.events(events) + " is new" + addition.map(a -> " " + Words.in(a.version())).orElse("")
                + ": " + upgrade.from() + " does not have it", field, null,
                addition.map(Difference.Added::version).orElse(null));
    }

    private void judge(FieldUse use, List<Fate> fates) {
        String field = use.field();
        boolean anyKept = fates.stream().anyMatch(fate -> fate.kept());
        Impact severity = carriers.everyEvent() && anyKept ? Impact.WARNING : Impact.BREAKING;
        String others = carriers.everyEvent() && anyKept ? "; other events keep it" : "";
        Map<String, List<Fate>> renames = new TreeMap<>();
        List<Fate> removals = new ArrayList<>();
        for (Fate fate : fates) {
            if (fate.renamed() != null) {
                renames.computeIfAbsent(fate.renamed().subject().field(), name -> new ArrayList<>()).add(fate);
            } else if (fate.removed() != null) {
                removals.add(fate);
            }
        }
        renames.forEach((renamed, list) -> {
            Difference.Renamed fact = list.get(0).renamed();
            outcome.add(severity, "field-renamed", use.spot().at(), Words.withNote("field " + Words.code(field) + " of "
                    + Words.events(events(list)) + " is renamed to " + Words.code(renamed) + " "
                    + Words.in(fact.version()), fact.note()) + others, field, renamed, fact.version());
        });
        if (renames.size() == 1 && removals.isEmpty() && !anyKept) {
            outcome.edit(use.spot().replaceWith(renames.keySet().iterator().next()));
        }
        if (!removals.isEmpty()) {
            Difference.Removed fact = removals.get(0).removed();
            outcome.add(severity, "field-removed", use.spot().at(), Words.withNote("field " + Words.code(field) + " of "
                    + Words.events(events(removals)) + " is removed " + Words.in(fact.version()), fact.note()) + others,
                    field, null, fact.version());
        }
        values(use, fates);
    }

    /** The checks of the field's values and type, on each event that keeps it (under one name or another). */
    private void values(FieldUse use, List<Fate> fates) {
        FieldValues values = new FieldValues(upgrade, outcome);
        for (Fate fate : fates) {
            if (fate.nameAfter() != null) {
                Upgrade.field(upgrade.after(), fate.carrier().after(), fate.nameAfter())
                        .ifPresent(after -> values.check(use, fate.carrier().after(), fate.before(), after));
            }
        }
    }

    private void unknown(FieldUse use) {
        String field = use.field();
        TreeSet<String> known = new TreeSet<>();
        TreeSet<String> events = new TreeSet<>();
        for (Carriers.Carrier carrier : carriers.list()) {
            if (carrier.before() != null) {
                known.addAll(Upgrade.fieldNames(upgrade.before(), carrier.before()));
            }
            if (carrier.after() != null) {
                known.addAll(Upgrade.fieldNames(upgrade.after(), carrier.after()));
            }
            events.add(carrier.name());
        }
        String what = "field " + Words.code(field);
        if (carriers.everyEvent()) {
            Unknown.report(upgrade, outcome, "unknown-field", use.spot(), field, what, "no event has a field "
                    + Words.code(field) + " in " + upgrade.either(), history(field), known);
        } else {
            Unknown.report(upgrade, outcome, "field-not-carried", use.spot(), field, what, Words.events(events) + " "
                    + (events.size() == 1 ? "has" : "have") + " no field " + Words.code(field) + " in "
                    + upgrade.either(), history(field), known);
        }
    }

    /**
     * The field in the whole reference, as the events the filter can match have it by some name: empty
     * when none has it, or when they have it as different fields (its name now differs between them).
     */
    private Optional<Known> history(String field) {
        Known first = null;
        for (Carriers.Carrier carrier : carriers.list()) {
            for (String event : new String[] {carrier.before(), carrier.after()}) {
                Optional<Known> found = event == null ? Optional.empty() : Known.field(upgrade.whole(), event, field);
                if (found.isPresent() && first == null) {
                    first = found.get();
                } else if (found.isPresent() && !found.get().current().equals(first.current())) {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private static TreeSet<String> events(List<Fate> fates) {
        TreeSet<String> names = new TreeSet<>();
        fates.forEach(fate -> names.add(fate.carrier().before()));
        return names;
    }
}
