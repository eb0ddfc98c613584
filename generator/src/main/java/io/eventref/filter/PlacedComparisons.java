package io.eventref.filter;

import java.util.ArrayList;
import java.util.List;

/** The comparisons of a filter tree in reading order, each with whether a {@code NOT} governs it. */
public final class PlacedComparisons {

    /** A comparison of the tree; {@code negated}: an odd number of {@code NOT}s govern it. */
    public record Placed(FilterNode.Comparison comparison, boolean negated) {
    }

    private PlacedComparisons() {
    }

    public static List<Placed> of(FilterNode root) {
        List<Placed> placed = new ArrayList<>();
        collect(root, false, placed);
        return List.copyOf(placed);
    }

    private static void collect(FilterNode node, boolean negated, List<Placed> placed) {
        if (node instanceof FilterNode.And and) {
            collect(and.left(), negated, placed);
            collect(and.right(), negated, placed);
        } else if (node instanceof FilterNode.Or or) {
            collect(or.left(), negated, placed);
            collect(or.right(), negated, placed);
        } else if (node instanceof FilterNode.Not not) {
            collect(not.operand(), !negated, placed);
        } else {
            placed.add(new Placed((FilterNode.Comparison) node, negated));
        }
    }
}
