package io.eventref.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** How long each phase of a run took, in the order they ended. Phases may overlap; thread-safe. */
public final class Timings {

    /** One phase and its wall time. */
    public record Phase(String name, long nanos) {
        public double millis() {
            return nanos / 1_000_000.0;
        }
    }

    private final List<Phase> phases = Collections.synchronizedList(new ArrayList<>());

    public <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phases.add(new Phase(phase, System.nanoTime() - start));
        }
    }

    public void record(String phase, long nanos) {
        phases.add(new Phase(phase, nanos));
    }

    /** Adds a phase timed elsewhere. */
    public void record(Phase phase) {
        phases.add(phase);
    }

    public List<Phase> phases() {
        synchronized (phases) {
            return List.copyOf(phases);
        }
    }
}
