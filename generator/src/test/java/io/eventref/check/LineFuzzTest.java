package io.eventref.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.Fuzz;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing check-events' line reader: arbitrary bytes, and real exported lines (the conformance
 * captures of Dovecot 2.3 and 2.4, a generated line of every event of the real reference, and the
 * hand-written samples) broken by structured mutations. Only the promises are asserted: every line gets a verdict, never an exception; a
 * line that is not JSON is said so in plain words with a column inside the line; a stream is
 * checked to its last line; no input can forge a line of the text report. A short budget here;
 * bench/fuzz.sh runs a long one ({@link Fuzz}).
 */
class LineFuzzTest {

    private static final Pattern MALFORMED = Pattern.compile("malformed JSON: (.+) \\(column (\\d+)\\)");
    private static final Pattern REPORTED = Pattern.compile("in\\.jsonl:(\\d+): .*");
    private static ReleaseRules rules;
    private static ReleaseRules strictRules;
    private static List<byte[]> seeds;

    @BeforeAll
    static void load() throws IOException {
        Reference reference = new ReferenceLoader().load(Fixtures.content(), "content").reference().orElseThrow();
        Version latest = reference.latest().version();
        rules = ReleaseRules.compile(reference, latest, false);
        strictRules = ReleaseRules.compile(reference, latest, true);
        List<byte[]> lines = new ArrayList<>();
        long seed = 1;
        for (Event event : reference.asOf(latest).events()) {
            lines.add(SampleLines.valid(event, seed++).toString().getBytes(StandardCharsets.UTF_8));
        }
        List<String> samples = Files.readAllLines(Fixtures.projectRoot()
                .resolve("generator/src/test/resources/check/samples.csv"), StandardCharsets.UTF_8);
        for (String sample : samples.subList(1, samples.size())) {
            lines.add(sample.substring(sample.indexOf('{') < 0 ? sample.lastIndexOf('|') + 1 : sample.indexOf('{'))
                    .getBytes(StandardCharsets.UTF_8));
        }
        // What real Dovecot 2.3 and 2.4 exported under the conformance workload.
        try (var captures = Files.list(Fixtures.projectRoot().resolve("conformance/captures"))) {
            for (var capture : captures.filter(file -> file.toString().endsWith(".jsonl")).sorted().toList()) {
                Files.readAllLines(capture, StandardCharsets.UTF_8)
                        .forEach(line -> lines.add(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        seeds = List.copyOf(lines);
    }

    @Test
    void everyLineGetsAVerdictAndAMalformedOneAPlainReasonInsideTheLine() {
        Fuzz.check("a verdict for every line", 3000, random -> {
            byte[] line = line(random);
            LineResult result = new LineChecker(random.nextBoolean() ? strictRules : rules).check(line, 0, line.length);

            assertThat(result.status()).isNotNull();
            for (Problem problem : result.problems()) {
                assertThat(problem.message()).isNotBlank()
                        .doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("jackson")
                        .doesNotContain("StreamRead").doesNotContain("JsonReadFeature").doesNotContain("JsonToken");
            }
            if (result.status() == LineResult.Status.MALFORMED) {
                assertThat(result.problems()).singleElement().satisfies(problem -> {
                    Matcher malformed = MALFORMED.matcher(problem.message());
                    assertThat(malformed.matches()).as(problem.message()).isTrue();
                    assertThat(malformed.group(1)).as("the line %s", shown(line)).doesNotContain("Unexpected")
                            .doesNotContain("Illegal").isNotEqualTo("not JSON");
                    assertThat(Integer.parseInt(malformed.group(2))).isBetween(1, line.length + 1);
                });
            }
        });
    }

    @Test
    void aStreamIsCheckedToItsLastLineAndNoLineCanForgeTheReport() {
        Fuzz.check("a stream checked to its end", 150, random -> {
            List<byte[]> lines = new ArrayList<>();
            int count = random.nextInt(41);
            for (int i = 0; i < count; i++) {
                lines.add(line(random));
            }
            checkStream(lines);
        });
    }

    private static void checkStream(List<byte[]> lines) throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        long expected = 0;
        for (byte[] line : lines) {
            input.write(line);
            input.write('\n');
            expected += nonBlankLines(line);
        }
        long physical = input.toString(StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
        StringWriter out = new StringWriter();
        TextReport text = new TextReport(new PrintWriter(out));
        EventsCheck check = new EventsCheck(rules, 3, text);

        check.check("in.jsonl", new ByteArrayInputStream(input.toByteArray()));
        CheckSummary summary = check.summary();
        text.summary(summary);

        assertThat(summary.lines()).as("non-blank lines; disagreeing on %s", disagreements(lines)).isEqualTo(expected);
        assertThat(summary.valid() + summary.invalid()).isLessThanOrEqualTo(summary.lines());
        assertThat(summary.events().stream().mapToLong(EventCount::lines).sum()).isEqualTo(summary.lines());
        List<String> report = out.toString().lines().toList();
        int summaryLine = report.indexOf("") + 1;
        for (String shown : report.subList(0, Math.max(0, summaryLine - 1))) {
            Matcher reported = REPORTED.matcher(shown);
            assertThat(reported.matches() || shown.startsWith("in.jsonl: warning: no lines")).as(shown).isTrue();
            if (reported.matches()) {
                assertThat(Long.parseLong(reported.group(1))).isBetween(1L, physical);
            }
        }
        assertThat(out.toString()).matches("(?s)[^\\x00-\\x09\\x0b-\\x1f\\x7f\\u2028\\u2029\\u202a-\\u202e]*");
        assertThat(report.get(summaryLine)).startsWith(rules.release() + ": " + summary.lines() + " line");
    }

    /** The lines that the checker and {@link #blank} disagree are blank, for a failure message. */
    private static List<String> disagreements(List<byte[]> lines) {
        List<String> disagreeing = new ArrayList<>();
        for (byte[] line : lines) {
            for (byte[] part : split(line)) {
                boolean checkerBlank = new LineChecker(rules).check(part, 0, part.length).status()
                        == LineResult.Status.BLANK;
                if (checkerBlank != blank(part, 0, part.length)) {
                    disagreeing.add(shown(part));
                }
            }
        }
        return disagreeing;
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                parts.add(java.util.Arrays.copyOfRange(bytes, start, end));
                start = i + 1;
            }
        }
        return parts;
    }

    /** The line as Java would write it in a string, for failure messages. */
    private static String shown(byte[] line) {
        StringBuilder text = new StringBuilder("\"");
        for (byte b : line) {
            int c = b & 0xFF;
            text.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? String.valueOf((char) c)
                    : String.format(java.util.Locale.ROOT, "\\x%02x", c));
        }
        return text.append('"').toString();
    }

    /** The non-blank lines among {@code bytes} once split at newlines, as check-events counts them. */
    private static long nonBlankLines(byte[] bytes) {
        long count = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!blank(bytes, start, i)) {
                    count++;
                }
                start = i + 1;
            }
        }
        return count;
    }

    /** Only JSON white space, after an optional UTF-8 byte order mark. */
    private static boolean blank(byte[] bytes, int from, int to) {
        if (to - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF) {
            from += 3;
        }
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A line: random bytes, a real-shaped line, or (most often) a real-shaped line broken. */
    private static byte[] line(SplittableRandom random) {
        int kind = random.nextInt(6);
        if (kind == 0) {
            return Fuzz.bytes(random, 200);
        }
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        return kind == 1 ? seed : Mutation.mutate(seed, random);
    }
}
