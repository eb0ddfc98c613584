package io.eventref.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The differences of one kind of item (events or categories) grouped as a report shows them: the
 * items added, removed, renamed, deprecated, that came and went, and the items in both releases that
 * changed, each with its own differences (for an event: those of its fields too). Immutable.
 */
public record Outline(
        List<Difference.Added> added,
        List<Difference.Removed> removed,
        List<Difference.Renamed> renamed,
        List<Difference.Deprecated> deprecated,
        List<Difference.CameAndWent> cameAndWent,
        List<ChangedItem> changed) {

    public Outline {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        deprecated = List.copyOf(deprecated);
        cameAndWent = List.copyOf(cameAndWent);
        changed = List.copyOf(changed);
    }

    /** Groups the differences about items of {@code kind} ({@code EVENT} takes in their fields). */
    static Outline of(List<Difference> differences, Item.Kind kind) {
        List<Difference> mine = differences.stream().filter(difference -> belongs(difference.subject(), kind)).toList();
        List<Difference.Added> added = top(mine, kind, Difference.Added.class);
        Set<String> fresh = added.stream().map(difference -> difference.subject().name()).collect(Collectors.toSet());
        Map<String, List<Difference>> changed = new LinkedHashMap<>();
        for (Difference difference : mine) {
            String item = owner(difference.subject(), kind);
            boolean itemLevel = difference.subject().kind() == kind;
            boolean listedAlone = itemLevel && !(difference instanceof Difference.Deprecated
                    || difference instanceof Difference.Noted || difference instanceof Difference.ProcessesChanged);
            if (!listedAlone && !fresh.contains(item)) {
                changed.computeIfAbsent(item, name -> new ArrayList<>()).add(difference);
            }
        }
        return new Outline(added, top(mine, kind, Difference.Removed.class), top(mine, kind, Difference.Renamed.class),
                top(mine, kind, Difference.Deprecated.class), top(mine, kind, Difference.CameAndWent.class),
                changed.entrySet().stream().map(entry -> new ChangedItem(entry.getKey(), entry.getValue())).toList());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && deprecated.isEmpty()
                && cameAndWent.isEmpty() && changed.isEmpty();
    }

    private static boolean belongs(Item subject, Item.Kind kind) {
        return kind == Item.Kind.CATEGORY ? subject.kind() == Item.Kind.CATEGORY
                : subject.kind() != Item.Kind.CATEGORY;
    }

    private static String owner(Item subject, Item.Kind kind) {
        return kind == Item.Kind.CATEGORY ? subject.category() : subject.event();
    }

    private static <T extends Difference> List<T> top(List<Difference> differences, Item.Kind kind, Class<T> type) {
        return differences.stream()
                .filter(type::isInstance)
                .filter(difference -> difference.subject().kind() == kind)
                .map(type::cast)
                .toList();
    }
}
