package io.eventref.upgrade;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Resolves {@code category=NAME} (or a word of a 2.3 {@code categories} setting) against both
 * releases: renamed, removed, deprecated, changed, new, or unknown to both. The log levels
 * {@code debug}, {@code info}, {@code warning}, {@code error}, {@code fatal} and {@code panic}, which
 * Dovecot's filters take as categories too, are left alone.
 */
final class CategoryCheck {

    /** The names Dovecot's event filter reads as log levels, not categories ({@code event_filter_log_type_map}). */
    static final List<String> LOG_LEVELS = List.of("debug", "info", "warning", "error", "fatal", "panic");

    private final Upgrade upgrade;
    private final Outcome outcome;

    CategoryCheck(Upgrade upgrade, Outcome outcome) {
        this.upgrade = upgrade;
        this.outcome = outcome;
    }

    void check(Condition condition) {
        String name = condition.literal();
        if (LOG_LEVELS.contains(name)) {
            return;
        }
        SourceRef at = condition.valueSpot().at();
        Optional<String> then = Upgrade.category(upgrade.before(), name);
        Optional<String> now = Upgrade.category(upgrade.after(), name);
        if (then.isEmpty()) {
            if (now.isPresent()) {
                Optional<Difference.Added> added = upgrade.changes().added(Item.category(now.get()));
                outcome.add(Impact.NOTE, "category-added", at, "category " + Words.code(name) + " is new"
                        + added.map(a -> " " + Words.in(a.version())).orElse(""), name, null,
                        added.map(Difference.Added::version).orElse(null));
            } else {
                Unknown.report(upgrade, outcome, "unknown-category", condition.valueSpot(), name,
                        "category " + Words.code(name), "no category " + Words.code(name) + " in " + upgrade.either(),
                        Known.category(upgrade.whole(), name), candidates());
            }
            return;
        }
        Optional<Difference.Renamed> rename = upgrade.changes().renamed(Item.category(then.get()));
        if (rename.isPresent()) {
            String renamed = rename.get().subject().category();
            outcome.add(Impact.BREAKING, "category-renamed", at, Words.withNote("category " + Words.code(name)
                    + " is renamed to " + Words.code(renamed) + " " + Words.in(rename.get().version()),
                    rename.get().note()), name, renamed, rename.get().version());
            if (then.get().equals(name)) {
                outcome.edit(condition.valueSpot().replaceWith(renamed));
            }
        } else if (now.isEmpty()) {
            Optional<Difference.Removed> removal = upgrade.changes().removed(Item.category(then.get()));
            outcome.add(condition.negated() ? Impact.NOTE : Impact.BREAKING, "category-removed", at,
                    "category " + Words.code(name) + " is removed" + removal.map(r -> Words.withNote(" "
                            + Words.in(r.version()), r.note())).orElse(": " + upgrade.to() + " does not have it"),
                    name, null, removal.map(Difference.Removed::version).orElse(null));
        } else {
            Changed.of(upgrade, outcome, at, name, Item.category(now.get()), "category " + Words.code(name));
        }
    }

    /** The categories of both releases, for "did you mean". */
    private TreeSet<String> candidates() {
        TreeSet<String> names = new TreeSet<>();
        upgrade.before().categories().forEach(category -> names.add(category.name()));
        upgrade.after().categories().forEach(category -> names.add(category.name()));
        return names;
    }
}
