package io.eventref.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a filter into tokens as Dovecot's lexer ({@code src/lib/event-filter-lexer.l}, 2.3.21 and
 * 2.4) does: words of {@code A-Z a-z 0-9 : . * ? / % _ -} (the 2.4 set; 2.3 lacks {@code /} and
 * {@code %}), {@code AND}, {@code OR}, {@code NOT} in any case, double-quoted strings where
 * {@code \\} and {@code \"} stand for {@code \} and {@code "}, the characters {@code < > = ( )},
 * and spaces, tabs and line breaks between them.
 */
final class FilterLexer {

    private final String text;
    private int position;

    private FilterLexer(String text) {
        this.text = text;
    }

    /**
     * The tokens of {@code text}, ending with an {@link Token.Kind#END} token, or with an
     * {@link Token.Kind#ERROR} token where the text cannot be read (so that a parser reports the
     * first problem in reading order, as Dovecot's does).
     */
    static List<Token> tokens(String text) {
        FilterLexer lexer = new FilterLexer(text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            try {
                token = lexer.next();
            } catch (FilterSyntaxException e) {
                token = new Token(Token.Kind.ERROR, e.getMessage(), e.span());
            }
            tokens.add(token);
        } while (token.kind() != Token.Kind.END && token.kind() != Token.Kind.ERROR);
        return tokens;
    }

    /** Whether {@code text} can be written as a bare word (not a keyword, no other characters). */
    static boolean isWord(String text) {
        return !text.isEmpty() && text.chars().allMatch(FilterLexer::isWordChar) && keyword(text) == null;
    }

    static boolean isWordChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == ':' || c == '.' || c == '*' || c == '?' || c == '/' || c == '%' || c == '_' || c == '-';
    }

    private Token next() {
        while (position < text.length() && isSpace(text.charAt(position))) {
            position++;
        }
        int start = position;
        if (position == text.length()) {
            return new Token(Token.Kind.END, "", new TextSpan(start, start));
        }
        char c = text.charAt(position);
        if (c == '"') {
            return string(start);
        }
        if (isWordChar(c)) {
            while (position < text.length() && isWordChar(text.charAt(position))) {
                position++;
            }
            String word = text.substring(start, position);
            Token.Kind keyword = keyword(word);
            return new Token(keyword == null ? Token.Kind.WORD : keyword, word, new TextSpan(start, position));
        }
        Token.Kind single = switch (c) {
            case '(' -> Token.Kind.OPEN;
            case ')' -> Token.Kind.CLOSE;
            case '=' -> Token.Kind.EQUALS;
            case '<' -> Token.Kind.LESS;
            case '>' -> Token.Kind.GREATER;
            default -> throw new FilterSyntaxException(unexpected(text.codePointAt(start)), new TextSpan(start, start + 1));
        };
        position++;
        return new Token(single, String.valueOf(c), new TextSpan(start, position));
    }

    private Token string(int start) {
        StringBuilder content = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return new Token(Token.Kind.STRING, content.toString(), new TextSpan(start, position));
            }
            if (c == '\\' && position + 1 < text.length()) {
                char escaped = text.charAt(position + 1);
                if (escaped != '\\' && escaped != '"') {
                    content.append(c);
                }
                content.append(escaped);
                position += 2;
            } else {
                content.append(c);
                position++;
            }
        }
        throw new FilterSyntaxException("the quoted string is not closed: a '\"' is missing", new TextSpan(start, start + 1));
    }

    private static String unexpected(int c) {
        String shown = c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "U+%04X", c) : new String(Character.toChars(c));
        String hint = switch (c) {
            case '!' -> "; to negate, write NOT before the comparison";
            case '&' -> "; write AND";
            case '|' -> "; write OR";
            case '\'' -> "; only double quotes make a string";
            case '\\' -> "; a backslash escapes only inside a quoted string";
            default -> c > 0x7f ? "; write such characters inside a quoted string" : "";
        };
        return "unexpected character '" + shown + "'" + hint;
    }

    private static Token.Kind keyword(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> Token.Kind.AND;
            case "or" -> Token.Kind.OR;
            case "not" -> Token.Kind.NOT;
            default -> null;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
