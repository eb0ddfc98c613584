package io.eventref.upgrade;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.model.Field;
import java.util.Objects;
import java.util.Optional;

/**
 * What the upgrade does to a field on one event that has it in the older release: keeps it, renames
 * it ({@code renamed}), or removes it ({@code removed}), as the diff says. A rename counts even when
 * the old name lives on in the newer release with another meaning; a field that is gone without a
 * difference to say so counts as removed in the newer release.
 */
record Fate(Carriers.Carrier carrier, Field before, Difference.Renamed renamed, Difference.Removed removed) {

    Fate {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(carrier.after(), "carrier.after");
    }

    /** The fate of {@code before} on the event of {@code carrier}, which exists in both releases. */
    static Fate of(Upgrade upgrade, Carriers.Carrier carrier, Field before) {
        Item subject = Item.field(carrier.after(), before.name(), before.origin());
        Optional<Difference.Renamed> renamed = upgrade.changes().renamed(subject);
        if (renamed.isPresent()) {
            return new Fate(carrier, before, renamed.get(), null);
        }
        if (Upgrade.field(upgrade.after(), carrier.after(), before.name()).isPresent()) {
            return new Fate(carrier, before, null, null);
        }
        Difference.Removed removal = upgrade.changes().removed(subject)
                .orElse(new Difference.Removed(subject, upgrade.to(), null));
        return new Fate(carrier, before, null, removal);
    }

    boolean kept() {
        return renamed == null && removed == null;
    }

    /** The field's name in the newer release; null when it is removed. */
    String nameAfter() {
        if (removed != null) {
            return null;
        }
        return renamed != null ? renamed.subject().field() : before.name();
    }
}
