package io.eventref.filter;

/** One token of a filter: its kind, its text (a string's unescaped content) and where it was written. */
record Token(Kind kind, String text, TextSpan span) {

    /** The kinds of token Dovecot's lexer makes. */
    enum Kind {
        WORD("a word"),
        STRING("a quoted string"),
        AND("AND"),
        OR("OR"),
        NOT("NOT"),
        OPEN("'('"),
        CLOSE("')'"),
        EQUALS("'='"),
        LESS("'<'"),
        GREATER("'>'"),
        END("the end of the filter"),
        /** Text the lexer cannot read; {@code text} says why. */
        ERROR("a character that cannot be read");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind for messages, such as "a quoted string". */
        String label() {
            return label;
        }
    }

    /** The token for messages: "'bytes_in'", "AND", "the end of the filter". */
    String describe() {
        return switch (kind) {
            case WORD -> "'" + text + "'";
            case STRING -> "\"" + text + "\"";
            default -> kind.label();
        };
    }
}
