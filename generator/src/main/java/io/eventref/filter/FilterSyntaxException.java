package io.eventref.filter;

/** A filter that Dovecot's parser would reject; internal to the parser, which turns it into a {@link FilterError}. */
final class FilterSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient TextSpan span;

    FilterSyntaxException(String message, TextSpan span) {
        super(message, null, false, false);
        this.span = span;
    }

    TextSpan span() {
        return span;
    }
}
