package io.eventref.capture;

import io.eventref.model.Version;
import java.util.List;
import java.util.Optional;

/**
 * What the conformance folder holds: the runs, oldest release first, and the reasons the workload
 * gives for the events it does not reach, in the order of their file (the first that applies
 * wins). Empty when there are no captures. Immutable.
 */
public record Conformance(List<Run> runs, List<UnreachedReason> reasons) {

    /** No captures: a site without a conformance page or examples. */
    public static final Conformance NONE = new Conformance(List.of(), List.of());

    public Conformance {
        runs = List.copyOf(runs);
        reasons = List.copyOf(reasons);
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Why the workload does not reach the event called {@code name} in {@code release}, when a row says. */
    public Optional<String> reasonFor(String name, Version release) {
        return UnreachedReason.first(reasons, name, release);
    }
}
