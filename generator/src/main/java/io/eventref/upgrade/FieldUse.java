package io.eventref.upgrade;

import io.eventref.filter.Operator;
import java.util.Objects;

/**
 * A field name the config uses, where, and how: compared in a filter ({@code condition} holds the
 * comparison), listed in a metric's {@code fields}, or grouped by in {@code group_by}
 * ({@code quantized}: into ranges, which needs numbers).
 */
record FieldUse(String field, Spot spot, How how, Condition condition, boolean quantized) {

    /** The ways a config uses a field. */
    enum How { FILTER, FIELDS, GROUP_BY }

    FieldUse {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(spot, "spot");
        Objects.requireNonNull(how, "how");
        if ((how == How.FILTER) != (condition != null)) {
            throw new IllegalArgumentException("condition: required for a filter's field, and only then");
        }
    }

    static FieldUse filter(Condition condition) {
        return new FieldUse(condition.key(), condition.keySpot(), How.FILTER, condition, false);
    }

    static FieldUse fields(String field, Spot spot) {
        return new FieldUse(field, spot, How.FIELDS, null, false);
    }

    static FieldUse groupBy(String field, Spot spot, boolean quantized) {
        return new FieldUse(field, spot, How.GROUP_BY, null, quantized);
    }

    /** Whether the use needs the field to be a number: an inequality, or ranges. */
    boolean needsNumber() {
        return quantized || (condition != null && condition.operator() != Operator.EQUALS);
    }

    /** Whether the use compares the field with a value ({@code field=value}). */
    boolean comparesValue() {
        return condition != null && condition.operator() == Operator.EQUALS;
    }

    /** "`fields`", "`group_by`" or the comparison, for messages. */
    String where() {
        return switch (how) {
            case FILTER -> condition.written();
            case FIELDS -> "`fields`";
            case GROUP_BY -> "`group_by`";
        };
    }
}
