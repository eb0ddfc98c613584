package io.eventref.validate;

import io.eventref.content.DirectiveKind;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code inheritance-cycle}: no group or event inherits from itself, directly or through others.
 * One depth-first walk over all of them, with colours (unseen, on the current path, done) and an
 * explicit stack, so that it takes time linear in the declarations and inherits-from lines and
 * any depth of inheritance. A cycle is reported once, at its member declared first, as
 * {@code A -> B -> C -> A}.
 */
final class InheritanceCycleRule implements Rule {

    /** A declaration on the walk's path and the parents it has yet to visit. */
    private record Step(String name, Iterator<String> parents) {
    }

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Map<String, ContentIndex.Located> byName = new LinkedHashMap<>();
        content.items(ItemKind.GROUP).forEach(located -> byName.putIfAbsent(located.item().name(), located));
        content.items(ItemKind.EVENT).forEach(located -> byName.putIfAbsent(located.item().name(), located));
        Map<String, Integer> order = new HashMap<>();
        byName.keySet().forEach(name -> order.put(name, order.size()));
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String start : byName.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            for (List<String> cycle : walk(start, byName, done)) {
                List<String> rotated = rotate(cycle, order);
                if (reported.addAll(rotated)) {
                    diagnostics.error(byName.get(rotated.get(0)).item().source(), "inheritance-cycle",
                            "inheritance cycle: " + String.join(" -> ", rotated) + " -> " + rotated.get(0));
                }
            }
        }
    }

    /** Walks from {@code start}, marking what it finishes in {@code done}; returns the cycles met. */
    private static List<List<String>> walk(String start, Map<String, ContentIndex.Located> byName, Set<String> done) {
        List<List<String>> cycles = new ArrayList<>();
        Deque<Step> stack = new ArrayDeque<>();
        List<String> path = new ArrayList<>();
        Map<String, Integer> onPath = new HashMap<>();
        push(start, byName, stack, path, onPath);
        while (!stack.isEmpty()) {
            Step top = stack.peek();
            if (!top.parents().hasNext()) {
                stack.pop();
                onPath.remove(path.remove(path.size() - 1));
                done.add(top.name());
                continue;
            }
            String parent = top.parents().next();
            Integer position = onPath.get(parent);
            if (position != null) {
                cycles.add(List.copyOf(path.subList(position, path.size())));
            } else if (byName.containsKey(parent) && !done.contains(parent)) {
                push(parent, byName, stack, path, onPath);
            }
        }
        return cycles;
    }

    private static void push(String name, Map<String, ContentIndex.Located> byName, Deque<Step> stack,
            List<String> path, Map<String, Integer> onPath) {
        onPath.put(name, path.size());
        path.add(name);
        stack.push(new Step(name, byName.get(name).item().directiveValues(DirectiveKind.INHERITS).iterator()));
    }

    /** The cycle starting at its member declared first. */
    private static List<String> rotate(List<String> cycle, Map<String, Integer> order) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (order.get(cycle.get(i)) < order.get(cycle.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        return rotated;
    }
}
