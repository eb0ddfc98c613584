package io.eventref.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterParserTest {

    /** The tree, fully parenthesised, keys and values as read ({@code "..."} for strings). */
    static String print(FilterNode node) {
        if (node instanceof FilterNode.And and) {
            return "(" + print(and.left()) + " AND " + print(and.right()) + ")";
        }
        if (node instanceof FilterNode.Or or) {
            return "(" + print(or.left()) + " OR " + print(or.right()) + ")";
        }
        if (node instanceof FilterNode.Not not) {
            return "NOT " + print(not.operand());
        }
        FilterNode.Comparison comparison = (FilterNode.Comparison) node;
        return term(comparison.key()) + comparison.operator().symbol() + term(comparison.value());
    }

    private static String term(Term term) {
        return term.quoted() ? "\"" + term.text() + "\"" : term.text();
    }

    private static String tree(String filter) {
        ParsedFilter parsed = FilterParser.parse(filter);
        assertThat(parsed).as(filter).isInstanceOf(ParsedFilter.Tree.class);
        return print(((ParsedFilter.Tree) parsed).root());
    }

    private static FilterError error(String filter) {
        ParsedFilter parsed = FilterParser.parse(filter);
        assertThat(parsed).as(filter).isInstanceOf(ParsedFilter.Malformed.class);
        return ((ParsedFilter.Malformed) parsed).error();
    }

    @Test
    void readsAComparisonWithOrWithoutSpaces() {
        assertThat(tree("event=imap_command_finished")).isEqualTo("event=imap_command_finished");
        assertThat(tree("  event =\timap_command_finished\n")).isEqualTo("event=imap_command_finished");
    }

    @Test
    void andAndOrBindEquallyFromTheLeftAsInDovecotsGrammar() {
        assertThat(tree("a=1 OR b=2 AND c=3")).isEqualTo("((a=1 OR b=2) AND c=3)");
        assertThat(tree("a=1 AND b=2 OR c=3")).isEqualTo("((a=1 AND b=2) OR c=3)");
    }

    @Test
    void notBindsTighterThanAndOr() {
        assertThat(tree("NOT a=1 AND b=2")).isEqualTo("(NOT a=1 AND b=2)");
        assertThat(tree("not not a=1")).isEqualTo("NOT NOT a=1");
    }

    @Test
    void parenthesesGroupAndNest() {
        assertThat(tree("event=abc OR (event=def AND (category=imap OR category=lmtp) AND NOT category=debug"
                + " AND NOT (net_in_bytes<1024 OR net_out_bytes<1024))"))
                .isEqualTo("(event=abc OR (((event=def AND (category=imap OR category=lmtp)) AND NOT category=debug)"
                        + " AND NOT (net_in_bytes<1024 OR net_out_bytes<1024)))");
        assertThat(tree("((((a=1))))")).isEqualTo("a=1");
    }

    @Test
    void keywordsAreCaseInsensitiveAndOnlyWholeWords() {
        assertThat(tree("a=1 and b=2 Or c=3")).isEqualTo("((a=1 AND b=2) OR c=3)");
        assertThat(tree("android=1 AND order=2 AND notice=3")).isEqualTo("((android=1 AND order=2) AND notice=3)");
    }

    @Test
    void aKeywordCanBeAValue() {
        assertThat(tree("reason=and AND x=NOT")).isEqualTo("(reason=and AND x=NOT)");
    }

    @ParameterizedTest
    @CsvSource({"a<5, a<5", "a>5, a>5", "a<=5, a<=5", "a>=5, a>=5", "'a < = 5', a<=5"})
    void readsEveryComparisonOperator(String filter, String expected) {
        assertThat(tree(filter)).isEqualTo(expected);
    }

    @Test
    void readsQuotedStringsWithTheirEscapes() {
        FilterNode.Comparison comparison = (FilterNode.Comparison) ((ParsedFilter.Tree) FilterParser
                .parse("tagged_reply=\"NO*Mailbox doesn't exist: \\\"x\\\" \\\\ \\*\"")).root();

        assertThat(comparison.value().text()).isEqualTo("NO*Mailbox doesn't exist: \"x\" \\ \\*");
        assertThat(comparison.value().quoted()).isTrue();
        assertThat(comparison.value().span()).isEqualTo(new TextSpan(13, 52));
        assertThat(tree("\"event\"=\"a b\"")).isEqualTo("\"event\"=\"a b\"");
    }

    @Test
    void wordsHoldWildcardsPathsAndSourceLocations() {
        assertThat(tree("event=imap_* AND source_location=http-client.c:123 AND ip=10.0.0.0/8 AND x=?5%"))
                .isEqualTo("(((event=imap_* AND source_location=http-client.c:123) AND ip=10.0.0.0/8) AND x=?5%)");
    }

    @Test
    void knowsWhatAKeyNames() {
        FilterNode.Comparison comparison = (FilterNode.Comparison) ((ParsedFilter.Tree) FilterParser
                .parse("bytes_in>10")).root();

        assertThat(comparison.kind()).isEqualTo(FilterNode.Comparison.Kind.FIELD);
        assertThat(comparison.key().span()).isEqualTo(new TextSpan(0, 8));
        assertThat(comparison.value().span()).isEqualTo(new TextSpan(9, 11));
    }

    @Test
    void aBlankFilterIsBlank() {
        assertThat(FilterParser.parse(" \t\n")).isInstanceOf(ParsedFilter.Blank.class);
    }

    @Test
    void reportsAnUnclosedStringAtItsQuote() {
        assertThat(error("event=abc AND x=\"oops")).isEqualTo(
                new FilterError("the quoted string is not closed: a '\"' is missing", new TextSpan(16, 17)));
    }

    @Test
    void reportsAnUnexpectedCharacterWithAHint() {
        assertThat(error("event=abc && x=1")).isEqualTo(new FilterError("unexpected character '&'; write AND",
                new TextSpan(10, 11)));
        assertThat(error("NOT x!=1").message()).isEqualTo(
                "unexpected character '!'; to negate, write NOT before the comparison");
        assertThat(error("x='a'").message()).isEqualTo("unexpected character '''; only double quotes make a string");
        assertThat(error("x=é").message()).isEqualTo(
                "unexpected character 'é'; write such characters inside a quoted string");
    }

    @Test
    void reportsTheFirstProblemInReadingOrder() {
        assertThat(error("event=( AND x=\"unclosed")).isEqualTo(new FilterError(
                "expected a value after 'event=', found '('", new TextSpan(6, 7)));
        assertThat(error("event=and x=\"unclosed").span()).isEqualTo(new TextSpan(10, 11));
    }

    @Test
    void reportsAMissingValueOperatorOrKey() {
        assertThat(error("event=")).isEqualTo(new FilterError(
                "expected a value after 'event=', found the end of the filter", new TextSpan(6, 6)));
        assertThat(error("event imap")).isEqualTo(new FilterError(
                "expected '=', '<', '>', '<=' or '>=' after 'event', found 'imap'", new TextSpan(6, 10)));
        assertThat(error("event=a AND")).isEqualTo(new FilterError(
                "expected a comparison such as event=NAME, NOT or '(', found the end of the filter", new TextSpan(11, 11)));
        assertThat(error("=a").message()).isEqualTo("expected a comparison such as event=NAME, NOT or '(', found '='");
    }

    @Test
    void reportsComparisonsThatAreNotJoined() {
        assertThat(error("event=a event=b")).isEqualTo(new FilterError(
                "expected AND, OR or the end of the filter, found 'event'; comparisons are joined with AND or OR",
                new TextSpan(8, 13)));
    }

    @Test
    void reportsUnbalancedParentheses() {
        assertThat(error("(event=a AND (x=1 OR y=2)")).isEqualTo(new FilterError(
                "this '(' is not closed: the filter ends before its ')'", new TextSpan(0, 1)));
        assertThat(error("(event=a x=1)")).isEqualTo(new FilterError(
                "expected AND, OR or ')' to close the '(', found 'x'", new TextSpan(9, 10)));
        assertThat(error("event=a)")).isEqualTo(new FilterError("unexpected ')': no '(' is open", new TextSpan(7, 8)));
    }

    @Test
    void onlyFieldsTakeInequalities() {
        assertThat(error("event<=abc")).isEqualTo(new FilterError("'<=' compares fields only; event takes '='",
                new TextSpan(5, 7)));
        assertThat(error("category>imap").message()).isEqualTo("'>' compares fields only; category takes '='");
    }

    @Test
    void spellsAReplacementAsTheOriginalWasWritten() {
        assertThat(new Term("bytes_in", false, new TextSpan(0, 8)).spell("net_in_bytes")).isEqualTo("net_in_bytes");
        assertThat(new Term("bytes_in", true, new TextSpan(0, 10)).spell("net_in_bytes")).isEqualTo("\"net_in_bytes\"");
        assertThat(new Term("x", false, new TextSpan(0, 1)).spell("a \"b\"")).isEqualTo("\"a \\\"b\\\"\"");
        assertThat(new Term("x", false, new TextSpan(0, 1)).spell("and")).isEqualTo("\"and\"");
    }
}
