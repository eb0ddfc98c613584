package io.eventref.upgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The events a filter can match, each with its main name in the older release and in the newer one
 * (either null where it does not exist or is not matched there). When the filter names no event
 * ({@link #everyEvent}), every event of either release. Not thread-safe.
 */
final class Carriers {

    /** One event across the upgrade. */
    record Carrier(String before, String after) {
        Carrier {
            if (before == null && after == null) {
                throw new IllegalArgumentException("before, after: at least one is a name");
            }
        }

        /** The event's name in the newer release if it has one there, else in the older one. */
        String name() {
            return after != null ? after : before;
        }
    }

    private final Map<String, Carrier> carriers = new LinkedHashMap<>();
    private boolean everyEvent;

    /** Every event of the two releases, paired through renames. */
    static Carriers every(Upgrade upgrade) {
        Carriers every = new Carriers();
        every.everyEvent = true;
        for (String name : Upgrade.eventNames(upgrade.before())) {
            every.add(new Carrier(name, EventCheck.counterpart(upgrade, name)));
        }
        for (String name : Upgrade.eventNames(upgrade.after())) {
            every.add(new Carrier(null, name));
        }
        return every;
    }

    /**
     * Adds {@code carrier} unless the event is there already: an event of the older release once,
     * an event only of the newer one once and only when no event of the older release became it.
     */
    void add(Carrier carrier) {
        Objects.requireNonNull(carrier, "carrier");
        if (carrier.before() == null) {
            if (carriers.values().stream().noneMatch(known -> carrier.after().equals(known.after()))) {
                carriers.putIfAbsent("after\u0000" + carrier.after(), carrier);
            }
            return;
        }
        if (carrier.after() != null) {
            carriers.remove("after\u0000" + carrier.after());
        }
        carriers.putIfAbsent("before\u0000" + carrier.before(), carrier);
    }

    boolean everyEvent() {
        return everyEvent;
    }

    boolean isEmpty() {
        return carriers.isEmpty();
    }

    List<Carrier> list() {
        return new ArrayList<>(carriers.values());
    }
}
