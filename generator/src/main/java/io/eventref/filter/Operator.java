package io.eventref.filter;

/** How a comparison compares its key with its value. */
public enum Operator {
    EQUALS("="),
    LESS("<"),
    GREATER(">"),
    LESS_OR_EQUAL("<="),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as a filter writes it, such as {@code <=}. */
    public String symbol() {
        return symbol;
    }
}
