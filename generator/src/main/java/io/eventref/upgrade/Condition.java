package io.eventref.upgrade;

import io.eventref.filter.FilterNode;
import io.eventref.filter.Operator;
import io.eventref.filter.Wildcard;
import java.util.Objects;

/**
 * One test a filter makes, whichever syntax wrote it ({@code event=x} in a filter expression, or
 * {@code event_name = x} in a 2.3 metric): what the key names, the key and the value with where they
 * stand, the operator, and whether a {@code NOT} governs it.
 */
record Condition(FilterNode.Comparison.Kind kind, String key, Spot keySpot, Operator operator, String value,
        Spot valueSpot, boolean negated) {

    Condition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keySpot, "keySpot");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueSpot, "valueSpot");
    }

    boolean isPattern() {
        return Wildcard.hasWildcards(value);
    }

    /** The value without escapes: the name it names when it is not a pattern. */
    String literal() {
        return Wildcard.literal(value);
    }

    /** "`key=value`" for messages. */
    String written() {
        return "`" + key + operator.symbol() + value + "`";
    }
}
