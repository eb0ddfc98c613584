package io.eventref.filter;

import java.util.List;
import java.util.Objects;

/**
 * Parses Dovecot's event filter language by recursive descent, with the precedence of Dovecot's
 * grammar ({@code src/lib/event-filter-parser.y}): {@code AND} and {@code OR} bind equally and from
 * the left ({@code a OR b AND c} is {@code (a OR b) AND c}), {@code NOT} binds tighter than both,
 * parentheses group. A comparison is {@code key op value}: the key a word or a quoted string, the
 * operator one of {@code = < > <= >=} (only fields take the last four), the value a word, a quoted
 * string, or {@code AND}/{@code OR}/{@code NOT} taken as a word. Thread-safe.
 */
public final class FilterParser {

    private final List<Token> tokens;
    private int next;

    private FilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The tree of {@code text}, or why it is malformed, with the offsets of the offending token. */
    public static ParsedFilter parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            FilterParser parser = new FilterParser(FilterLexer.tokens(text));
            if (parser.peek().kind() == Token.Kind.END) {
                return new ParsedFilter.Blank();
            }
            FilterNode root = parser.expression();
            Token after = parser.peek();
            if (after.kind() == Token.Kind.CLOSE) {
                throw new FilterSyntaxException("unexpected ')': no '(' is open", after.span());
            }
            if (after.kind() != Token.Kind.END) {
                throw new FilterSyntaxException("expected AND, OR or the end of the filter, found " + after.describe()
                        + "; comparisons are joined with AND or OR", after.span());
            }
            return new ParsedFilter.Tree(root);
        } catch (FilterSyntaxException e) {
            return new ParsedFilter.Malformed(new FilterError(e.getMessage(), e.span()));
        }
    }

    /** {@code unary ((AND | OR) unary)*}, folded from the left. */
    private FilterNode expression() {
        FilterNode left = unary();
        while (peek().kind() == Token.Kind.AND || peek().kind() == Token.Kind.OR) {
            Token.Kind operator = take().kind();
            FilterNode right = unary();
            left = operator == Token.Kind.AND ? new FilterNode.And(left, right) : new FilterNode.Or(left, right);
        }
        return left;
    }

    /** {@code NOT unary | '(' expression ')' | comparison}. */
    private FilterNode unary() {
        Token token = peek();
        if (token.kind() == Token.Kind.NOT) {
            take();
            return new FilterNode.Not(unary());
        }
        if (token.kind() == Token.Kind.OPEN) {
            take();
            FilterNode inner = expression();
            Token close = peek();
            if (close.kind() == Token.Kind.END) {
                throw new FilterSyntaxException("this '(' is not closed: the filter ends before its ')'", token.span());
            }
            if (close.kind() != Token.Kind.CLOSE) {
                throw new FilterSyntaxException("expected AND, OR or ')' to close the '(', found " + close.describe(),
                        close.span());
            }
            take();
            return inner;
        }
        return comparison();
    }

    private FilterNode comparison() {
        Token key = take();
        if (key.kind() != Token.Kind.WORD && key.kind() != Token.Kind.STRING) {
            throw new FilterSyntaxException("expected a comparison such as event=NAME, NOT or '(', found "
                    + key.describe(), key.span());
        }
        Token first = take();
        Operator operator = operator(first, key);
        Term keyTerm = new Term(key.text(), key.kind() == Token.Kind.STRING, key.span());
        if (operator != Operator.EQUALS && FilterNode.Comparison.kindOf(keyTerm.text()) != FilterNode.Comparison.Kind.FIELD) {
            throw new FilterSyntaxException("'" + operator.symbol() + "' compares fields only; " + keyTerm.text()
                    + " takes '='", new TextSpan(first.span().start(), peekBack().span().end()));
        }
        Token value = take();
        if (value.kind() != Token.Kind.WORD && value.kind() != Token.Kind.STRING && value.kind() != Token.Kind.AND
                && value.kind() != Token.Kind.OR && value.kind() != Token.Kind.NOT) {
            throw new FilterSyntaxException("expected a value after '" + keyTerm.text() + operator.symbol()
                    + "', found " + value.describe(), value.span());
        }
        return new FilterNode.Comparison(keyTerm, operator, new Term(value.text(), value.kind() == Token.Kind.STRING,
                value.span()));
    }

    /** {@code '=' | '<' | '>' | '<' '=' | '>' '='}, the first token already taken. */
    private Operator operator(Token first, Token key) {
        if (first.kind() == Token.Kind.EQUALS) {
            return Operator.EQUALS;
        }
        if (first.kind() == Token.Kind.LESS || first.kind() == Token.Kind.GREATER) {
            boolean less = first.kind() == Token.Kind.LESS;
            if (peek().kind() == Token.Kind.EQUALS) {
                take();
                return less ? Operator.LESS_OR_EQUAL : Operator.GREATER_OR_EQUAL;
            }
            return less ? Operator.LESS : Operator.GREATER;
        }
        throw new FilterSyntaxException("expected '=', '<', '>', '<=' or '>=' after " + key.describe() + ", found "
                + first.describe(), first.span());
    }

    /** The next token, not taken; a token the lexer could not read is reported here. */
    private Token peek() {
        Token token = tokens.get(next);
        if (token.kind() == Token.Kind.ERROR) {
            throw new FilterSyntaxException(token.text(), token.span());
        }
        return token;
    }

    private Token peekBack() {
        return tokens.get(next - 1);
    }

    /** The next token; the end token stays the next one once reached. */
    private Token take() {
        Token token = peek();
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }
}
