package io.eventref.filter;

import java.util.Objects;

/** What parsing a filter gave: a tree, nothing (the filter is blank), or an error. */
public sealed interface ParsedFilter {

    /** A well-formed, non-blank filter. */
    record Tree(FilterNode root) implements ParsedFilter {
        public Tree {
            Objects.requireNonNull(root, "root");
        }
    }

    /** A filter of nothing but white space: Dovecot accepts it and it matches nothing. */
    record Blank() implements ParsedFilter {
    }

    /** A filter Dovecot would reject. */
    record Malformed(FilterError error) implements ParsedFilter {
        public Malformed {
            Objects.requireNonNull(error, "error");
        }
    }
}
