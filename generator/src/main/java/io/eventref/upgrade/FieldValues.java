package io.eventref.upgrade;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.filter.Wildcard;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * What happened to a field that an event has in both releases (under one name or two), for how the
 * config uses it: its deprecation and change notes, a new type where the use needs a number, and a
 * compared value that the field stops taking (with the one value that came, when the diff shows
 * exactly one going and one coming: the rewrite uses it), or never took. Values compare as Dovecot compares them:
 * case-insensitively, with wildcards.
 */
final class FieldValues {

    private final Upgrade upgrade;
    private final Outcome outcome;

    FieldValues(Upgrade upgrade, Outcome outcome) {
        this.upgrade = upgrade;
        this.outcome = outcome;
    }

    void check(FieldUse use, String event, Field before, Field after) {
        Item subject = Item.field(event, after.name(), after.origin());
        SourceRef at = use.spot().at();
        String what = "field " + Words.code(after.name()) + " of " + Words.code(event);
        Changed.of(upgrade, outcome, at, use.field(), subject, what);
        type(use, subject, what, after);
        if (use.comparesValue()) {
            value(use, subject, what, before, after);
        }
    }

    private void type(FieldUse use, Item subject, String what, Field after) {
        SourceRef at = use.spot().at();
        Optional<Difference.TypeChanged> retyped = upgrade.changes().type(subject);
        if (retyped.isPresent()) {
            FieldType from = retyped.get().before();
            FieldType to = retyped.get().after();
            boolean breaks = to != FieldType.INTEGER && (use.needsNumber() || from == FieldType.INTEGER);
            outcome.add(breaks ? Impact.BREAKING : Impact.NOTE, "type-changed", at, what + " changes type from "
                    + from.id() + " to " + to.id() + (use.needsNumber() && breaks ? ", and " + use.where()
                    + " needs a number" : ""), use.field());
        } else if (use.needsNumber() && after.type() != FieldType.INTEGER) {
            outcome.add(Impact.WARNING, "not-a-number", at, what + " is a " + after.type().id() + ", and "
                    + use.where() + " needs a number", use.field());
        }
    }

    private void value(FieldUse use, Item subject, String what, Field before, Field after) {
        Condition condition = use.condition();
        String value = condition.value();
        SourceRef at = condition.valueSpot().at();
        Optional<Difference.ValuesChanged> changed = upgrade.changes().values(subject);
        List<String> then = changed.map(Difference.ValuesChanged::before).orElse(before.values());
        List<String> now = changed.map(Difference.ValuesChanged::after).orElse(after.values());
        boolean matchedThen = then.stream().anyMatch(v -> Wildcard.matches(value, v, true));
        boolean matchedNow = now.stream().anyMatch(v -> Wildcard.matches(value, v, true));
        if (now.isEmpty() || matchedNow) {
            if (!then.isEmpty() && !matchedThen && !now.isEmpty()) {
                outcome.add(Impact.NOTE, "value-added", at, what + " takes the value " + Words.code(value)
                        + " in " + upgrade.to() + ", not in " + upgrade.from(), value);
            }
            return;
        }
        if (then.isEmpty() || matchedThen) {
            Optional<String> instead = changed.flatMap(FieldValues::successor);
            String message = what + " no longer takes the value " + Words.code(value) + " in " + upgrade.to()
                    + " (its values: " + Words.values(now) + ")"
                    + instead.map(v -> "; the only value new in " + upgrade.to() + " is " + Words.code(v)).orElse("");
            outcome.add(Impact.BREAKING, "value-removed", at, message, value,
                    instead.orElse(null), null);
            if (instead.isPresent() && !condition.isPattern()) {
                outcome.edit(condition.valueSpot().replaceWith(instead.get()));
            }
        } else {
            outcome.add(Impact.WARNING, "unknown-value", at, what + " never takes the value " + Words.code(value)
                    + " (its values: " + Words.values(now) + ")", value);
        }
    }

    /** The one value that came when exactly one went, if that is what the diff shows. */
    private static Optional<String> successor(Difference.ValuesChanged change) {
        List<String> came = change.after().stream().filter(v -> !change.before().contains(v)).toList();
        return change.dropped().size() == 1 && came.size() == 1 ? Optional.of(came.get(0)) : Optional.empty();
    }
}
