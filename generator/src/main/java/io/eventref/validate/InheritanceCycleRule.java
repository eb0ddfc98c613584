package io.eventref.validate;

import io.eventref.content.DirectiveKind;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code inheritance-cycle}: no group or event inherits from itself, directly or through others. */
final class InheritanceCycleRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Map<String, ContentIndex.Located> byName = new LinkedHashMap<>();
        content.items(ItemKind.GROUP).forEach(located -> byName.putIfAbsent(located.item().name(), located));
        content.items(ItemKind.EVENT).forEach(located -> byName.putIfAbsent(located.item().name(), located));
        Set<String> reported = new HashSet<>();
        for (String start : byName.keySet()) {
            List<String> cycle = findCycle(start, byName, new ArrayList<>(), new HashSet<>());
            if (!cycle.isEmpty() && cycle.get(0).equals(start) && reported.addAll(cycle)) {
                ContentIndex.Located located = byName.get(start);
                diagnostics.error(located.item().source(), "inheritance-cycle",
                        "inheritance cycle: " + String.join(" -> ", cycle) + " -> " + start);
            }
        }
    }

    /** A path from {@code name} back to the start of {@code path}, or empty. */
    private static List<String> findCycle(String name, Map<String, ContentIndex.Located> byName, List<String> path,
            Set<String> done) {
        if (!path.isEmpty() && path.get(0).equals(name)) {
            return path;
        }
        if (path.contains(name) || !done.add(name) || !byName.containsKey(name)) {
            return List.of();
        }
        path.add(name);
        for (String parent : byName.get(name).item().directiveValues(DirectiveKind.INHERITS)) {
            List<String> cycle = findCycle(parent, byName, path, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }
}
