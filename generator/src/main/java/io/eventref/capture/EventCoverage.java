package io.eventref.capture;

import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which documented events a capture holds, and which events it holds that are not documented: the
 * events the reference documents in the capture's release (they exist then, in an edition the
 * release documents), each looked up under the name it had then and its aliases. A release the
 * reference does not list is compared with the newest listed release before it ({@code comparedWith},
 * empty when there is none: then nothing is documented). Immutable.
 */
public record EventCoverage(Optional<Version> comparedWith, List<Documented> documented,
        List<ObservedEvent> undocumented) {

    /**
     * A documented event: its current name, the name it had in the release compared with, and what
     * the capture holds of it under that name or an alias (empty: never observed).
     */
    public record Documented(String name, String nameThen, String section, List<ObservedEvent> observed) {
        public Documented {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameThen, "nameThen");
            Objects.requireNonNull(section, "section");
            observed = List.copyOf(observed);
        }

        public boolean isObserved() {
            return !observed.isEmpty();
        }

        /** How many lines of the capture are this event's. */
        public long lines() {
            return observed.stream().mapToLong(ObservedEvent::lines).sum();
        }
    }

    public EventCoverage {
        Objects.requireNonNull(comparedWith, "comparedWith");
        documented = List.copyOf(documented);
        undocumented = List.copyOf(undocumented);
    }

    /** The coverage of {@code capture}, taken from a server of {@code release}, by {@code reference}. */
    public static EventCoverage of(Reference reference, Version release, Capture capture) {
        Optional<Release> compared = comparedWith(reference, release);
        Map<String, Set<String>> namesThen = new LinkedHashMap<>();
        Map<String, String> thenName = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        compared.ifPresent(then -> {
            for (Event event : reference.events()) {
                if (event.lifecycle().existsIn(then.version()) && then.covers(event.edition())) {
                    String name = event.lifecycle().nameIn(then.version(), event.name());
                    thenName.putIfAbsent(event.name(), name);
                    sections.putIfAbsent(event.name(), event.section());
                    Set<String> names = namesThen.computeIfAbsent(event.name(), key -> new LinkedHashSet<>());
                    names.add(name);
                    names.addAll(event.aliases());
                }
            }
        });
        Set<String> matched = new HashSet<>();
        List<Documented> documented = new ArrayList<>();
        namesThen.forEach((name, names) -> {
            List<ObservedEvent> observed = names.stream().map(capture::find).flatMap(Optional::stream).toList();
            names.forEach(matched::add);
            documented.add(new Documented(name, thenName.get(name), sections.get(name), observed));
        });
        List<ObservedEvent> undocumented = capture.events().values().stream()
                .filter(event -> !matched.contains(event.name())).toList();
        return new EventCoverage(compared.map(Release::version), documented, undocumented);
    }

    /** {@code release} when the reference lists it, else the newest listed release before it. */
    private static Optional<Release> comparedWith(Reference reference, Version release) {
        Release found = null;
        for (Release candidate : reference.releases()) {
            if (!candidate.version().isAfter(release)) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The documented event whose current name is {@code name}, if the release documents it. */
    public Optional<Documented> find(String name) {
        return documented.stream().filter(event -> event.name().equals(name)).findFirst();
    }
}
