package io.eventref.filter;

import java.util.Objects;

/** A node of a parsed event filter: a logical operation or a comparison. Immutable. */
public sealed interface FilterNode {

    /** Both sides match. */
    record And(FilterNode left, FilterNode right) implements FilterNode {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** Either side matches. */
    record Or(FilterNode left, FilterNode right) implements FilterNode {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** The operand does not match. */
    record Not(FilterNode operand) implements FilterNode {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code key op value}, such as {@code event=imap_command_finished} or {@code bytes_in>1000}. */
    record Comparison(Term key, Operator operator, Term value) implements FilterNode {

        /** What a key names: the event's name, a category, its place in the sources, or a field. */
        public enum Kind { EVENT, CATEGORY, SOURCE_LOCATION, FIELD }

        public Comparison {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }

        /** The key's kind, as Dovecot reads it: {@code event}, {@code category}, {@code source_location}, else a field. */
        public Kind kind() {
            return kindOf(key.text());
        }

        static Kind kindOf(String key) {
            return switch (key) {
                case "event" -> Kind.EVENT;
                case "category" -> Kind.CATEGORY;
                case "source_location" -> Kind.SOURCE_LOCATION;
                default -> Kind.FIELD;
            };
        }
    }
}
