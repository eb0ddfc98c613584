package io.eventref.validate;

import io.eventref.content.Directive;
import io.eventref.content.DirectiveKind;
import io.eventref.content.ItemDraft;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code context-cycle}: no group is used in a context that is, directly or through the contexts
 * and parents of others, itself. Edges run from a group or event to its parents ({@code Inherits
 * from:}) and to the contexts its headings name; a cycle of parents alone is an
 * {@code inheritance-cycle}, reported by that rule. One depth-first pass, linear in the edges.
 */
final class ContextCycleRule implements Rule {

    /** An edge: to {@code target}, through a context when {@code context} is set (then that line). */
    private record Edge(String target, Directive context) {
    }

    private enum Colour { WHITE, GREY, BLACK }

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Map<String, List<Edge>> edges = new LinkedHashMap<>();
        for (ContentIndex.Located located : content.items()) {
            ItemDraft item = located.item();
            if (item.kind() != ItemKind.GROUP && item.kind() != ItemKind.EVENT) {
                continue;
            }
            List<Edge> out = edges.computeIfAbsent(item.name(), name -> new ArrayList<>());
            item.directiveValues(DirectiveKind.INHERITS).forEach(parent -> out.add(new Edge(parent, null)));
            for (ItemDraft scope : located.file().scopeOf(item)) {
                for (Directive directive : scope.directives()) {
                    if (directive.kind() == DirectiveKind.CONTEXTS) {
                        directive.values().forEach(context -> out.add(new Edge(context, directive)));
                    }
                }
            }
        }
        Map<String, Colour> colours = new HashMap<>();
        for (String start : edges.keySet()) {
            if (colours.getOrDefault(start, Colour.WHITE) == Colour.WHITE) {
                visit(start, edges, colours, new ArrayList<>(), diagnostics);
            }
        }
    }

    /** Depth-first, without recursion (inheritance can be deep): {@code path} holds the edges taken. */
    private static void visit(String start, Map<String, List<Edge>> edges, Map<String, Colour> colours,
            List<Edge> path, Diagnostics diagnostics) {
        List<String> nodes = new ArrayList<>(List.of(start));
        List<Integer> next = new ArrayList<>(List.of(0));
        colours.put(start, Colour.GREY);
        while (!nodes.isEmpty()) {
            int top = nodes.size() - 1;
            List<Edge> out = edges.getOrDefault(nodes.get(top), List.of());
            if (next.get(top) == out.size()) {
                colours.put(nodes.remove(top), Colour.BLACK);
                next.remove(top);
                if (!path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
                continue;
            }
            Edge edge = out.get(next.get(top));
            next.set(top, next.get(top) + 1);
            Colour colour = colours.getOrDefault(edge.target(), Colour.WHITE);
            if (colour == Colour.GREY) {
                report(nodes.subList(nodes.indexOf(edge.target()), nodes.size()),
                        cycleEdges(path, nodes.indexOf(edge.target()), edge), diagnostics);
            } else if (colour == Colour.WHITE && edges.containsKey(edge.target())) {
                colours.put(edge.target(), Colour.GREY);
                nodes.add(edge.target());
                next.add(0);
                path.add(edge);
            }
        }
    }

    private static List<Edge> cycleEdges(List<Edge> path, int from, Edge closing) {
        List<Edge> cycle = new ArrayList<>(path.subList(from, path.size()));
        cycle.add(closing);
        return cycle;
    }

    private static void report(List<String> nodes, List<Edge> cycle, Diagnostics diagnostics) {
        Directive context = cycle.stream().map(Edge::context).filter(Objects::nonNull).findFirst().orElse(null);
        if (context == null) {
            return;
        }
        StringBuilder text = new StringBuilder("'" + nodes.get(0) + "'");
        for (int i = 0; i < cycle.size(); i++) {
            Edge edge = cycle.get(i);
            text.append(i == 0 ? "" : ", which").append(edge.context() == null ? " inherits from '" : " is emitted in '")
                    .append(edge.target()).append("'");
        }
        SourceRef at = context.source();
        diagnostics.error(at, "context-cycle", "contexts run in a circle: " + text
                + "; a context cannot be emitted inside itself");
    }
}
