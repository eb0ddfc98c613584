package io.eventref.diff;

import io.eventref.model.Change;
import io.eventref.model.Edition;
import io.eventref.model.Lifecycle;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The two releases compared: the whole model (for what happened between them) and the model as
 * of each. {@code from} is older than {@code to}; both are listed releases.
 */
record Span(View whole, Version from, Version to, View before, View after) {

    Span {
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether {@code version} is after {@code from} and no later than {@code to}. */
    boolean covers(Version version) {
        return version != null && version.isAfter(from) && !version.isAfter(to);
    }

    /** Whether {@link #covers} covers one of {@code versions}. */
    boolean coversAny(List<Version> versions) {
        for (Version version : versions) {
            if (covers(version)) {
                return true;
            }
        }
        return false;
    }

    /** The change notes of {@code lifecycle} that {@link #covers} covers, in release order. */
    List<Change> notes(Lifecycle lifecycle) {
        List<Change> notes = new ArrayList<>();
        for (Change change : lifecycle.changes()) {
            if (covers(change.version())) {
                notes.add(change);
            }
        }
        return notes;
    }

    /** The last of the renames of {@code lifecycle} within the span, if it was renamed in it. */
    Optional<Rename> rename(Lifecycle lifecycle) {
        Rename last = null;
        for (Rename rename : lifecycle.renames()) {
            if (covers(rename.version())) {
                last = rename;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Whether the reference documents what {@code edition} emits in {@code release}. */
    boolean documents(Version release, Edition edition) {
        return whole.documents(release, edition);
    }

    /** Whether the item existed in some listed release strictly between {@code from} and {@code to}. */
    boolean existedBetween(Predicate<Version> existsIn) {
        for (Version version : whole.versions()) {
            if (version.isAfter(from) && version.isBefore(to) && existsIn.test(version)) {
                return true;
            }
        }
        return false;
    }

    /** The first release after {@code from}, up to {@code to}, that has the item; {@code to} if none. */
    Version firstWith(Predicate<Version> existsIn) {
        return firstAfter(from, existsIn);
    }

    /** The first release after {@code since}, up to {@code to}, that no longer has the item; {@code to} if none. */
    Version firstWithout(Version since, Predicate<Version> existsIn) {
        return firstAfter(since, existsIn.negate());
    }

    private Version firstAfter(Version since, Predicate<Version> test) {
        for (Version version : whole.versions()) {
            if (version.isAfter(since) && !version.isAfter(to) && test.test(version)) {
                return version;
            }
        }
        return to;
    }
}
