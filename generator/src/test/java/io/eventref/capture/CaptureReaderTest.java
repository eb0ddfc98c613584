package io.eventref.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.diagnostic.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CaptureReaderTest {

    private static Capture read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Capture read(byte[] bytes) throws IOException {
        return new CaptureReader().read(new ByteArrayInputStream(bytes), "captures/2.3.19.jsonl");
    }

    private static List<String> warnings(Capture capture) {
        return capture.warnings().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void sumsUpEachEventsLinesFieldsAndTheKindsOfTheirValues() throws IOException {
        Capture capture = read("""
                {"event":"mail_opened","fields":{"uid":1,"user":"a"}}
                {"event":"mail_opened","hostname":"vm","fields":{"uid":"2","size":1.5,"flags":["x"],"ok":true,"no":null,"o":{}}}
                {"fields":{"x":1},"event":"dict_set_key"}
                """);

        assertThat(capture.lines()).isEqualTo(3);
        assertThat(capture.skipped()).isZero();
        assertThat(capture.events().keySet()).containsExactly("dict_set_key", "mail_opened");
        ObservedEvent opened = capture.find("mail_opened").orElseThrow();
        assertThat(opened.lines()).isEqualTo(2);
        assertThat(opened.fields()).containsExactly(
                new ObservedField("flags", 1, List.of(ValueKind.ARRAY)),
                new ObservedField("no", 1, List.of(ValueKind.NULL)),
                new ObservedField("o", 1, List.of(ValueKind.OBJECT)),
                new ObservedField("ok", 1, List.of(ValueKind.BOOLEAN)),
                new ObservedField("size", 1, List.of(ValueKind.NUMBER)),
                new ObservedField("uid", 2, List.of(ValueKind.STRING, ValueKind.INTEGER)),
                new ObservedField("user", 1, List.of(ValueKind.STRING)));
        assertThat(capture.find("dict_set_key").orElseThrow().example().line()).as("the event after its fields")
                .isEqualTo(3);
        assertThat(capture.find("imap_command_finished")).isEmpty();
        assertThat(capture.warnings()).isEmpty();
    }

    @Test
    void theExampleIsTheFirstLineWithTheMostFieldsPrettyPrintedAsWritten() throws IOException {
        Capture capture = read("""
                {"event":"e","fields":{"a":1}}
                {"event":"e","fields":{"b":1.50,"a":2,"big":123456789012345678901234567890}}
                {"event":"e","fields":{"a":3,"b":4,"c":5}}
                {"event":"e"}
                {"event":"f","fields":"not an object"}
                """);

        Example example = capture.find("e").orElseThrow().example();
        assertThat(example.line()).isEqualTo(2);
        assertThat(example.fieldCount()).isEqualTo(3);
        assertThat(example.json()).isEqualTo("""
                {
                  "event" : "e",
                  "fields" : {
                    "b" : 1.50,
                    "a" : 2,
                    "big" : 123456789012345678901234567890
                  }
                }
                """);
        assertThat(capture.find("f").orElseThrow().example().fieldCount()).isZero();
    }

    @Test
    void linesThatAreNotEventsAreSkippedWithAWarningAtTheirPosition() throws IOException {
        Capture capture = read("""
                {"event":"e","fields":{"a":1}}
                {"event":"e","fields":{
                ["an","array"]
                {"event":42}
                {"event":"e","fields":{"a":1,"a":2}}
                {"event":"e"} trailing

                not json
                """);

        assertThat(capture.lines()).as("blank lines do not count").isEqualTo(7);
        assertThat(capture.skipped()).isEqualTo(6);
        assertThat(capture.find("e").orElseThrow().lines()).isEqualTo(1);
        assertThat(warnings(capture)).containsExactly(
                "captures/2.3.19.jsonl:2:24: warning: the line is not JSON; skipped [capture-line]",
                "captures/2.3.19.jsonl:3:1: warning: the line is not a JSON object; skipped [capture-line]",
                "captures/2.3.19.jsonl:4:1: warning: the line is not a JSON object with a string \"event\"; skipped"
                        + " [capture-line]",
                "captures/2.3.19.jsonl:5:33: warning: the line is not JSON (a key is repeated); skipped [capture-line]",
                "captures/2.3.19.jsonl:6:15: warning: the line is not JSON; skipped [capture-line]",
                "captures/2.3.19.jsonl:8:1: warning: the line is not a JSON object; skipped [capture-line]");
    }

    @Test
    void aByteOrderMarkAndCrLfLineEndsAreRead() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "{\"event\":\"e\",\"fields\":{\"a\":1}}\r\n{\"event\":\"f\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);

        Capture capture = read(both);

        assertThat(capture.events().keySet()).containsExactly("e", "f");
        assertThat(capture.warnings()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreNotJson() throws IOException {
        byte[] line = "{\"event\":\"e\",\"fields\":{\"a\":\"\u00e9\"}}\n".getBytes(StandardCharsets.ISO_8859_1);

        Capture capture = read(line);

        assertThat(capture.events()).isEmpty();
        assertThat(warnings(capture)).singleElement().asString().contains(":1:").contains("not JSON");
    }

    @Test
    void aLineOverTheLimitIsSkippedNotKept() throws IOException {
        String huge = "{\"event\":\"e\",\"fields\":{\"a\":\"" + "x".repeat(CaptureReader.MAX_LINE) + "\"}}";

        Capture capture = read("{\"event\":\"e\"}\n" + huge + "\n{\"event\":\"e\"}\n");

        assertThat(capture.find("e").orElseThrow().lines()).isEqualTo(2);
        assertThat(warnings(capture)).containsExactly(
                "captures/2.3.19.jsonl:2:1: warning: the line is longer than 1024 KiB; skipped [capture-line]");
    }

    @Test
    void onlyTheFirstSkippedLinesAreNamedTheRestCounted() throws IOException {
        Capture capture = read("x\n".repeat(CaptureReader.MAX_WARNINGS + 5));

        assertThat(capture.skipped()).isEqualTo(CaptureReader.MAX_WARNINGS + 5);
        assertThat(warnings(capture)).hasSize(CaptureReader.MAX_WARNINGS + 1)
                .contains("captures/2.3.19.jsonl:1:1: warning: 5 more lines are not read as events (only the first 10"
                        + " are named) [capture-line]");
    }

    @Test
    void memoryIsBoundedByTheEventsAndFieldsKept() throws IOException {
        String lines = IntStream.range(0, CaptureReader.MAX_EVENTS + 3)
                .mapToObj(i -> "{\"event\":\"e" + i + "\"}").collect(Collectors.joining("\n"));
        String fields = IntStream.range(0, CaptureReader.MAX_FIELDS + 2)
                .mapToObj(i -> "\"f" + i + "\":1").collect(Collectors.joining(",", "{\"event\":\"e0\",\"fields\":{", "}}"));

        Capture capture = read(lines + "\n" + fields + "\n");

        assertThat(capture.events()).hasSize(CaptureReader.MAX_EVENTS);
        assertThat(capture.skipped()).isEqualTo(3);
        assertThat(capture.find("e0").orElseThrow().fields()).hasSize(CaptureReader.MAX_FIELDS);
        assertThat(capture.find("e0").orElseThrow().example().fieldCount()).isEqualTo(CaptureReader.MAX_FIELDS + 2);
        assertThat(warnings(capture)).containsExactly("captures/2.3.19.jsonl:1:1: warning: more than 10000 distinct"
                + " event names: the 3 lines of the others are counted, not read [capture-line]");
    }

    @Test
    void readingTwiceGivesEqualCaptures() throws IOException {
        String text = "{\"event\":\"b\",\"fields\":{\"x\":1}}\n{\"event\":\"a\"}\nbad\n";

        assertThat(read(text)).isEqualTo(read(text));
    }
}
