package io.eventref.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lines written to break check-events (too deep, too long, not UTF-8, forged output, impossible
 * times, floods of names) are reported one by one in plain words, and every line after them is
 * still checked; the text report is what an operator reads.
 */
class HostileLinesTest {

    private static final String VALID = "{\"event\":\"mail_opened\",\"fields\":{\"uid\":7}}";
    private static ReleaseRules rules;

    @BeforeAll
    static void load() {
        Reference reference = new ReferenceLoader().load(Fixtures.fixture("schemas").resolve("content"), "content")
                .reference().orElseThrow();
        rules = ReleaseRules.compile(reference, Version.parse("2.3.18"), false);
    }

    /** What the text report prints for {@code input}, and the summary. */
    private record Report(String text, CheckSummary summary) {
        List<String> lines() {
            return text.lines().toList();
        }
    }

    private static Report check(byte[] input) throws IOException {
        StringWriter out = new StringWriter();
        TextReport text = new TextReport(new PrintWriter(out));
        EventsCheck check = new EventsCheck(rules, 10, text);
        check.check("in.jsonl", new ByteArrayInputStream(input));
        CheckSummary summary = check.summary();
        text.summary(summary);
        return new Report(out.toString(), summary);
    }

    private static Report check(String... lines) throws IOException {
        return check((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesBeyondTheParsersLimitsAreMalformedAndTheRestIsChecked() throws IOException {
        Report report = check("[".repeat(1001) + "]".repeat(1001),
                "{\"event\":\"mail_opened\",\"fields\":{\"uid\":" + "1".repeat(1500) + "}}",
                "{\"event\":\"mail_opened\",\"" + "k".repeat(60_000) + "\":1}",
                VALID);

        assertThat(report.lines()).startsWith(
                "in.jsonl:1: malformed JSON: nested more than 1000 levels deep (column 1002)",
                "in.jsonl:2: malformed JSON: a number of more than 1000 digits (column 1540)",
                "in.jsonl:3: malformed JSON: a key of more than 50000 characters (column 60026)");
        assertThat(report.summary().lines()).isEqualTo(4);
        assertThat(report.summary().malformed()).isEqualTo(3);
        assertThat(report.summary().valid()).isEqualTo(1);
    }

    @Test
    void truncatedAndBrokenJsonIsExplainedInPlainWordsWithTheColumn() throws IOException {
        Report report = check("{\"event\":\"mail_opened\"", "{\"event\":\"mail_op", "{\"event\" \"x\"}",
                "{\"event\": oops}", "{\"é\":1,\"a\":\u0001}", "{\"event\":\"mail_opened\"}}");

        assertThat(report.lines()).startsWith(
                "in.jsonl:1: malformed JSON: the line ends before the object is closed (a '}' is missing) (column 23)",
                "in.jsonl:2: malformed JSON: the line ends inside a string (a closing '\"' is missing) (column 18)",
                "in.jsonl:3: malformed JSON: '\"' after a key, where ':' belongs (column 10)",
                "in.jsonl:4: malformed JSON: unexpected word \"oops\" where a value belongs (a string, number, array,"
                        + " object, true, false or null) (column 11)",
                "in.jsonl:5: malformed JSON: control character U+0001 between values (column 12)",
                "in.jsonl:6: malformed JSON: '}' with nothing open to close (column 24)");
        assertThat(report.text()).doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("Jackson")
                .doesNotContain("StreamRead");
    }

    @Test
    void aLineStartingWithNulBytesIsReadAsUtf8AndTheRestIsChecked() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(new byte[] {0, 0, 0});
        input.write((VALID + "\n" + VALID + "\n").getBytes(StandardCharsets.UTF_8));
        input.write(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}', '\n'});
        input.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));

        Report report = check(input.toByteArray());

        assertThat(report.lines()).startsWith(
                "in.jsonl:1: malformed JSON: a NUL byte, which JSON does not allow outside strings (column 1)",
                "in.jsonl:3: malformed JSON: a UTF-16 byte order mark; lines must be UTF-8 (column 1)");
        assertThat(report.summary().lines()).isEqualTo(4);
        assertThat(report.summary().valid()).isEqualTo(2);
        assertThat(report.summary().unreadable()).isEmpty();
    }

    @Test
    void controlCharactersFromTheInputCannotForgeReportLines() throws IOException {
        Report report = check("{\"event\":\"x\\u001b[31m\\nin.jsonl:9: all good\",\"fields\":{\"a\\u0007\\u202e\":\"b\"}}");

        assertThat(report.lines()).first().isEqualTo("in.jsonl:1: x\\u001b[31m\\u000ain.jsonl:9: all good: warning: event:"
                + " not documented in 2.3.18");
        assertThat(report.lines()).noneMatch(line -> line.startsWith("in.jsonl:9"));
        assertThat(report.text()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
        assertThat(report.lines()).anyMatch(line -> line.startsWith("x\\u001b[31m\\u000ain.jsonl:9: all good "));
    }

    @Test
    void aTimestampMustBeARealTime() throws IOException {
        Report report = check("{\"event\":\"mail_opened\",\"start_time\":1e999999}",
                "{\"event\":\"mail_opened\",\"end_time\":-1}",
                "{\"event\":\"mail_opened\",\"fields\":{\"opened_at\":" + "9".repeat(400) + "}}",
                "{\"event\":\"mail_opened\",\"start_time\":1677664800.123456,\"end_time\":1677664800}");

        assertThat(report.lines()).startsWith(
                "in.jsonl:1: mail_opened: start_time: expected a time from 1970 to 9999 (seconds since 1970-01-01),"
                        + " got number 1e999999",
                "in.jsonl:2: mail_opened: end_time: expected a time from 1970 to 9999 (seconds since 1970-01-01),"
                        + " got integer -1",
                "in.jsonl:3: mail_opened: fields.opened_at: expected a time from 1970 to 9999 (seconds since"
                        + " 1970-01-01), got integer " + "9".repeat(60) + "...");
        assertThat(report.summary().valid()).isEqualTo(1);
    }

    @Test
    void everyUndocumentedFieldIsAWarningWithTheCloseDocumentedName() throws IOException {
        Report report = check("{\"event\":\"mail_opened\",\"fields\":{\"uidd\":7,\"plugin_thing\":1}}",
                "{\"event\":\"mail_opened\",\"fields\":{\"uidd\":8}}");

        assertThat(report.lines()).startsWith(
                "in.jsonl:1: mail_opened: warning: fields.uidd: not documented for this event (did you mean 'uid'?)",
                "in.jsonl:1: mail_opened: warning: fields.plugin_thing: not documented for this event",
                "");
        assertThat(report.summary().warnings()).isEqualTo(3);
        assertThat(report.summary().valid()).isEqualTo(2);
    }

    @Test
    void aLineOfAnUndocumentedEventIsNotValidAndAnAlmostRightNameGetsASuggestion() throws IOException {
        Report report = check("{\"event\":\"mail_opend\"}", VALID);

        assertThat(report.lines()).first().isEqualTo(
                "in.jsonl:1: mail_opend: warning: event: not documented in 2.3.18 (did you mean 'mail_opened'?)");
        assertThat(report.text()).contains("2.3.18: 2 lines, 1 valid, 0 invalid (0 malformed), 1 line of undocumented"
                + " events, 1 warning");
        assertThat(report.lines()).anyMatch(line -> line.matches("mail_opend +1 +0 +0  not documented in 2.3.18"));
    }

    @Test
    void oneLineIsOneLineAndAnEmptyInputIsAWarning() throws IOException {
        assertThat(check(VALID).text()).contains("2.3.18: 1 line, 1 valid, 0 invalid (0 malformed), 0 lines of"
                + " undocumented events, 0 warnings");
        Report empty = check(new byte[0]);
        assertThat(empty.lines()).first().isEqualTo("in.jsonl: warning: no lines to check (the input is empty)");
        assertThat(empty.summary().empty()).containsExactly("in.jsonl");
        assertThat(check("", "  ").summary().empty()).containsExactly("in.jsonl");
    }

    @Test
    void millionsOfDistinctUndocumentedNamesKeepMemoryBounded() throws IOException {
        int names = 60_000;
        StringWriter out = new StringWriter();
        EventsCheck check = new EventsCheck(rules, 10, new TextReport(new PrintWriter(out)));

        check.check("flood.jsonl", flood(names));
        CheckSummary summary = check.summary();

        assertThat(summary.lines()).isEqualTo(names);
        assertThat(summary.undocumented()).isEqualTo(names);
        assertThat(summary.events()).hasSize(EventsCheck.MAX_NAMES + 1);
        assertThat(summary.events()).filteredOn(count -> count.event().equals(EventsCheck.OTHER_EVENTS))
                .singleElement().extracting(EventCount::lines).isEqualTo((long) names - EventsCheck.MAX_NAMES);
        assertThat(out.toString().lines().count()).as("warnings shown").isEqualTo(EventsCheck.MAX_WARNINGS_SHOWN);
        assertThat(summary.warnings()).isEqualTo(names);
        assertThat(summary.hiddenWarnings()).isEqualTo(names - EventsCheck.MAX_WARNINGS_SHOWN);
        assertThat(summary.events()).allSatisfy(count -> assertThat(count.event().length())
                .isLessThanOrEqualTo(Printable.MAX_NAME + 3));
    }

    /** {@code names} lines, each of a distinct undocumented event with a long name. */
    private static InputStream flood(int names) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < names; i++) {
            lines.append("{\"event\":\"plugin_").append(i).append("_").append("x".repeat(300)).append("\"}\n");
        }
        return new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
}
