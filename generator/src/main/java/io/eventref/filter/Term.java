package io.eventref.filter;

import java.util.Objects;

/**
 * A key or a value of a comparison: {@code text} is what it says (for a quoted string, without the
 * quotes, {@code \\} and {@code \"} unescaped and any other backslash kept, as Dovecot's lexer does),
 * {@code quoted} whether it was written as a string, {@code span} where it was written, quotes included.
 */
public record Term(String text, boolean quoted, TextSpan span) {

    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /**
     * How to write {@code replacement} in place of this term: bare when this term was bare and the
     * replacement is a single word, else as a quoted string.
     */
    public String spell(String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        if (!quoted && FilterLexer.isWord(replacement)) {
            return replacement;
        }
        return "\"" + replacement.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
