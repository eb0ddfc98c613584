package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventref check-events} in-process, against the check fixture: releases 2.3.0 to 2.4.2 (not
 * released, so the newest is 2.4.1), {@code imap_command_finished} with {@code cmd_input_name} new in
 * 2.3.11, {@code mail_cache_lookup_finished} removed in 2.3.18.
 */
class CheckEventsCommandTest {

    private static final String VALID = "{\"event\":\"imap_command_finished\",\"hostname\":\"mx1\","
            + "\"start_time\":\"2023-03-01T10:00:00.123456Z\",\"end_time\":\"2023-03-01T10:00:00.125100Z\","
            + "\"categories\":[\"service:imap\",\"imap\"],\"fields\":{\"user\":\"alice\",\"cmd_name\":\"SELECT\","
            + "\"running_usecs\":1543,\"reason_code\":[\"imap:cmd_select\"]}}";
    private static final String WRONG_TYPE = "{\"event\":\"imap_command_finished\",\"fields\":{\"running_usecs\":\"1543\"}}";
    private static final String REMOVED_EVENT = "{\"event\":\"mail_cache_lookup_finished\",\"fields\":{\"field\":\"x\"}}";

    @TempDir
    Path temp;

    private final String content = Fixtures.content("check").toString();

    private Path file(String name, String... lines) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private Cli check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check-events";
        all[1] = "--content";
        all[2] = content;
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void allValidLinesExitZeroWithASummary() throws IOException {
        Cli cli = check(file("ok.jsonl", VALID, VALID).toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("2.4.1: 2 lines, 2 valid, 0 invalid (0 malformed), "
                + "0 lines of undocumented events, 0 warnings")
                .containsPattern("(?m)^imap_command_finished +2 +2 +0$");
    }

    @Test
    void reportsAWrongTypeLikeACompilerAndExitsOne() throws IOException {
        Path file = file("events.jsonl", VALID, WRONG_TYPE);

        Cli cli = check(file.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).startsWith(file + ":2: imap_command_finished: fields.running_usecs: "
                + "expected integer, got string \"1543\"\n");
        assertThat(cli.out()).contains("2 lines, 1 valid, 1 invalid");
    }

    @Test
    void aMalformedLineIsReportedAndCheckingGoesOn() throws IOException {
        Path file = file("broken.jsonl", "{\"event\": oops", WRONG_TYPE, VALID);

        Cli cli = check(file.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).contains(file + ":1: malformed JSON: ")
                .contains(file + ":2: imap_command_finished: fields.running_usecs")
                .contains("3 lines, 1 valid, 2 invalid (1 malformed)");
    }

    @Test
    void anEventRemovedBeforeTheReleaseIsAWarningAndAStrictError() throws IOException {
        Path file = file("old.jsonl", REMOVED_EVENT, REMOVED_EVENT);

        Cli lenient = check(file.toString());
        Cli strict = check("--strict", file.toString());
        Cli older = check("--strict", "--release", "2.3.17", file.toString());

        assertThat(lenient.status()).isZero();
        assertThat(lenient.out()).containsOnlyOnce(file + ":1: mail_cache_lookup_finished: warning: event: removed in 2.3.18")
                .contains("2 lines of undocumented events, 2 warnings")
                .contains("2 lines, 0 valid, 0 invalid")
                .containsPattern("(?m)^mail_cache_lookup_finished +2 +0 +0  removed in 2.3.18$");
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).contains(file + ":2: mail_cache_lookup_finished: event: removed in 2.3.18");
        assertThat(older.status()).as(older.out()).isZero();
    }

    @Test
    void strictRejectsFieldsTheReferenceDoesNotDocument() throws IOException {
        Path file = file("plugin.jsonl",
                "{\"event\":\"imap_command_finished\",\"fields\":{\"plugin_field\":\"x\",\"cmd_input_name\":\"fetcH\"}}");

        Cli lenient = check(file.toString());
        Cli strict = check("--strict", "--release", "2.3.10", file.toString());

        assertThat(lenient.status()).isZero();
        assertThat(lenient.out()).contains("imap_command_finished: warning: fields.plugin_field: not documented for"
                + " this event\n").contains("1 line, 1 valid, 0 invalid");
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).contains("fields.plugin_field: not documented for this event")
                .contains("fields.cmd_input_name: new in 2.3.11")
                .contains("2.3.10 (strict): 1 line, 0 valid, 1 invalid");
    }

    @Test
    void aFieldUnderAnotherOfItsNamesSaysWhichNameTheReleaseGivesIt() throws IOException {
        Path older = file("older.jsonl", "{\"event\":\"imap_command_finished\",\"fields\":{\"bytes_in\":1}}");
        Path newer = file("newer.jsonl", "{\"event\":\"imap_command_finished\",\"fields\":{\"net_in_bytes\":1}}");

        Cli oldNameIn24 = check("--strict", "--release", "2.4.1", older.toString());
        Cli newNameIn23 = check("--strict", "--release", "2.3.21", newer.toString());

        assertThat(oldNameIn24.out()).contains(older + ":1: imap_command_finished: fields.bytes_in: renamed in 2.4.0; "
                + "in 2.4.1 it is net_in_bytes\n");
        assertThat(newNameIn23.out()).contains(newer + ":1: imap_command_finished: fields.net_in_bytes: its name "
                + "from 2.4.0; in 2.3.21 it is bytes_in\n");
    }

    @Test
    void showsAtMostMaxErrorsLinesPerEventAndCountsTheRest() throws IOException {
        Path file = file("many.jsonl", WRONG_TYPE, WRONG_TYPE, WRONG_TYPE, WRONG_TYPE, "nonsense", "nonsense");

        Cli cli = check("--max-errors", "1", file.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out().lines().filter(line -> line.contains("fields.running_usecs"))).hasSize(1);
        assertThat(cli.out().lines().filter(line -> line.contains("malformed JSON"))).hasSize(1);
        assertThat(cli.out()).contains("4 more invalid lines not shown (at most 1 per event; see --max-errors)");
    }

    @Test
    void readsGzipAndStandardInput() throws IOException {
        Path gz = temp.resolve("events.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((VALID + "\n" + WRONG_TYPE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(compressed)) {
            out.write((WRONG_TYPE + "\n").getBytes(StandardCharsets.UTF_8));
        }

        Cli fromFile = check(gz.toString());
        Cli fromStdin = Cli.runWithInput((VALID + "\n" + WRONG_TYPE).getBytes(StandardCharsets.UTF_8),
                "check-events", "--content", content, "-");
        Cli gzipStdin = Cli.runWithInput(compressed.toByteArray(), "check-events", "--content", content, "-");

        assertThat(fromFile.status()).isEqualTo(1);
        assertThat(fromFile.out()).contains(gz + ":2: imap_command_finished: fields.running_usecs");
        assertThat(fromStdin.status()).isEqualTo(1);
        assertThat(fromStdin.out()).contains("<stdin>:2: imap_command_finished: fields.running_usecs");
        assertThat(gzipStdin.out()).contains("<stdin>:1: imap_command_finished: fields.running_usecs");
    }

    @Test
    void printsOneJsonDocumentForMachines() throws IOException {
        Path file = file("events.jsonl", VALID, WRONG_TYPE, REMOVED_EVENT);

        Cli cli = check("--format", "json", file.toString());

        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isEqualTo(1);
        assertThat(report.get("release").asText()).isEqualTo("2.4.1");
        assertThat(report.at("/summary/lines").asLong()).isEqualTo(3);
        assertThat(report.at("/summary/invalid").asLong()).isEqualTo(1);
        assertThat(report.at("/summary/undocumented").asLong()).isEqualTo(1);
        assertThat(report.at("/problems/0/line").asLong()).isEqualTo(2);
        assertThat(report.at("/problems/0/location").asText()).isEqualTo("fields.running_usecs");
        assertThat(report.at("/problems/0/message").asText()).isEqualTo("expected integer, got string \"1543\"");
        assertThat(report.at("/problems/1/severity").asText()).isEqualTo("warning");
        assertThat(report.at("/events/0/event").asText()).isEqualTo("imap_command_finished");
        assertThat(report.at("/events/1/note").asText()).isEqualTo("removed in 2.3.18");
    }

    @Test
    void anUnreadableFileIsReportedTheOthersCheckedAndTheExitIsTwo() throws IOException {
        Path good = file("ok.jsonl", WRONG_TYPE);

        Cli cli = check(temp.resolve("missing.jsonl").toString(), good.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("missing.jsonl: cannot read: no such file");
        assertThat(cli.out()).contains(good + ":1: imap_command_finished");
    }

    @Test
    void aCorruptGzipIsUnreadable() throws IOException {
        Path file = temp.resolve("bad.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});

        Cli cli = check(file.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("bad.gz: cannot read: ");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path file = file("ok.jsonl", VALID);

        assertThat(check("--release", "2.3.99", file.toString()).err()).contains("'2.3.99' is not a listed release");
        assertThat(check("--release", "2.3.99", file.toString()).status()).isEqualTo(2);
        assertThat(check("--format", "xml", file.toString()).status()).isEqualTo(2);
        assertThat(check("--max-errors", "-1", file.toString()).status()).isEqualTo(2);
        assertThat(check().status()).isEqualTo(2);
        assertThat(check("-", "-").status()).isEqualTo(2);
    }

    @Test
    void hostileLinesAreReportedOneByOneAndEveryLineAfterThemIsChecked() throws IOException {
        String fixture = Fixtures.fixture("schemas").resolve("content").toString();
        Path file = temp.resolve("hostile.jsonl");
        Files.write(file, ("[".repeat(1001) + "\n{\"event\":\"mail_opened\",\"x\":" + "1".repeat(1001) + "}\n"
                + "\u0000\u0000{\"event\":\"mail_opened\"}\n{\"event\":\"mail_opened\"\n"
                + "{\"event\":\"mail_opened\",\"fields\":{\"uid\":7}}\n").getBytes(StandardCharsets.UTF_8));

        Cli cli = Cli.run("check-events", "--content", fixture, file.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains(file + ":1: malformed JSON: nested more than 1000 levels deep")
                .contains(file + ":2: malformed JSON: a number of more than 1000 digits")
                .contains(file + ":3: malformed JSON: a NUL byte")
                .contains(file + ":4: malformed JSON: the line ends before the object is closed (a '}' is missing)"
                        + " (column 23)")
                .contains("2.3.18: 5 lines, 1 valid, 4 invalid (4 malformed)");
    }

    @Test
    void anEmptyInputIsAWarningInTextAndJson() {
        String fixture = Fixtures.fixture("schemas").resolve("content").toString();

        Cli text = Cli.runWithInput(new byte[0], "check-events", "--content", fixture, "-");
        Cli json = Cli.runWithInput(new byte[0], "check-events", "--content", fixture, "--format", "json", "-");

        assertThat(text.status()).isZero();
        assertThat(text.out()).startsWith("<stdin>: warning: no lines to check (the input is empty)\n\n2.3.18: 0 lines,");
        assertThat(json.status()).isZero();
        assertThat(json.out()).containsPattern("\"empty\" : \\[\\s*\"<stdin>\"\\s*\\]");
    }
}
