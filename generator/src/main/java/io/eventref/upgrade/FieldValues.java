package io.eventref.upgrade;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.filter.Wildcard;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What happened to a field that an event has in both releases (under one name or two), for how the
 * config uses it: its deprecation and change notes, a new type where the use needs a number, a
 * compared value that the field stops taking (renamed, as the diff says: the rewrite writes its new
 * name) or never took, and the values a {@code group_by} makes groups of that are renamed or gone.
 * Values compare as Dovecot compares them: case-insensitively, with wildcards.
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
            value(use, subject, event, what, before, after);
        } else if (use.how() == FieldUse.How.GROUP_BY) {
            groups(use, subject, what);
        }
    }

    /**
     * The groups a {@code group_by} makes are named by the field's values: a renamed value renames its
     * group, a value gone ends its group (the config line stays as it is).
     */
    private void groups(FieldUse use, Item subject, String what) {
        Optional<Difference.ValuesChanged> changed = upgrade.changes().values(subject);
        if (changed.isEmpty() || !changed.get().narrowed()) {
            return;
        }
        List<Difference.ValueRename> renamed = changed.get().renamed();
        List<String> renamedBefore = renamed.stream().map(Difference.ValueRename::before).toList();
        List<String> gone = changed.get().dropped().stream().filter(value -> !renamedBefore.contains(value)).toList();
        SourceRef at = use.spot().at();
        if (!renamed.isEmpty()) {
            outcome.add(Impact.BREAKING, "value-renamed", at, "the groups that `group_by` makes of " + what
                    + " take new names: " + renames(renamed).substring(2), use.field(), null, renamed.get(0).version());
        }
        if (!gone.isEmpty()) {
            outcome.add(Impact.BREAKING, "value-removed", at, "the groups that `group_by` makes of " + what + " lose "
                    + Words.codes(gone) + ", which it no longer takes in " + upgrade.to(), use.field());
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

    /**
     * A compared value: one the field stops taking breaks (renamed: with the new name, which the
     * rewrite writes; a pattern is not rewritten); one it never took in either release is a warning,
     * with what the reference knows of it (a value renamed before or after these releases).
     */
    private void value(FieldUse use, Item subject, String event, String what, Field before, Field after) {
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
        if (!then.isEmpty() && !matchedThen) {
            unknownValue(use, event, after, now);
            return;
        }
        List<Difference.ValueRename> renamed = changed.map(Difference.ValuesChanged::renamed).orElse(List.of()).stream()
                .filter(rename -> Wildcard.matches(value, rename.before(), true)).toList();
        if (renamed.size() == 1 && !condition.isPattern()) {
            Difference.ValueRename rename = renamed.get(0);
            outcome.add(Impact.BREAKING, "value-renamed", at, "value " + Words.code(value) + " of " + what
                    + " is renamed to " + Words.code(rename.after()) + " " + Words.in(rename.version()), value,
                    rename.after(), rename.version());
            outcome.edit(condition.valueSpot().replaceWith(rename.after()));
            return;
        }
        outcome.add(Impact.BREAKING, "value-removed", at, what + " no longer takes the value " + Words.code(value)
                + " in " + upgrade.to() + " (its values: " + Words.values(now) + ")" + renames(renamed), value);
    }

    /** "; `trusted` is renamed to `secured` in 2.4.0", for the renamed values a pattern matched. */
    private static String renames(List<Difference.ValueRename> renamed) {
        return renamed.stream().map(rename -> "; " + Words.code(rename.before()) + " is renamed to "
                + Words.code(rename.after()) + " " + Words.in(rename.version())).collect(Collectors.joining());
    }

    /** A value the field takes in neither release: what the reference knows of it, or a "did you mean". */
    private void unknownValue(FieldUse use, String event, Field after, List<String> now) {
        Condition condition = use.condition();
        String value = condition.value();
        Optional<Known> known = condition.isPattern() ? Optional.empty()
                : Known.event(upgrade.whole(), event).flatMap(owner -> Known.modelField(upgrade.whole(), owner.current(),
                        after.name())).flatMap(field -> Known.value(field, condition.literal()));
        String what = "field " + Words.code(after.name()) + " of " + Words.code(event);
        Unknown.report(upgrade, outcome, "unknown-value", condition.valueSpot(), value, "value " + Words.code(value)
                + " of " + what, what + " never takes the value " + Words.code(value) + " (its values: "
                + Words.values(now) + ")", known, List.of());
    }
}
