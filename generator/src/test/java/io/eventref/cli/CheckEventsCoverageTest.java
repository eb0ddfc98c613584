package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import io.eventref.validate.OwnSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventref check-events --coverage} in-process, on the check fixture and its captures
 * ({@code fixtures/check/captures/}: a 2.3.21 one with a bit of everything a coverage report lists,
 * a 2.4.1 one that the reference documents whole, and a table of reasons).
 */
class CheckEventsCoverageTest {

    private static final Path CAPTURES = Fixtures.fixture("check").resolve("captures");
    private static final Path EXPECTED = Fixtures.fixture("check").resolve("expected");

    @TempDir
    Path temp;

    private final String content = Fixtures.content("check").toString();

    @BeforeEach
    void copyCaptures() throws IOException {
        for (String name : new String[] {"2.3.21.jsonl", "2.4.1.jsonl", "reasons.tsv"}) {
            Files.copy(CAPTURES.resolve(name), temp.resolve(name));
        }
    }

    private Cli coverage(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "check-events";
        all[1] = "--content";
        all[2] = content;
        all[3] = "--coverage";
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    private String file(String name) {
        return temp.resolve(name).toString();
    }

    /** Output with the temporary folder's path written as {@code <captures>}, for the golden files. */
    private String portable(String output) {
        return output.replace(temp.toString(), "<captures>");
    }

    @Test
    void reportsEachReleaseThatTheFilesNameInTextAndJsonAsTheGoldenFilesSay() throws IOException {
        String[] args = {"--reasons", file("reasons.tsv"), file("2.4.1.jsonl"), file("2.3.21.jsonl")};

        Cli text = coverage(args);
        Cli json = coverage(prepend("--format", "json", args));

        assertThat(text.status()).as(text.err()).isEqualTo(1);
        assertThat(json.status()).as(json.err()).isEqualTo(1);
        Fixtures.assertGolden(EXPECTED.resolve("coverage.txt"), portable(text.out()));
        Fixtures.assertGolden(EXPECTED.resolve("coverage.json"), portable(json.out()));
    }

    @Test
    void theJsonReportIsWhatItsSchemaSays() throws IOException {
        Cli json = coverage("--format", "json", "--strict", "--reasons", file("reasons.tsv"), file("2.3.21.jsonl"),
                file("2.4.1.jsonl"));

        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(new OwnSchemas().load(OwnSchemas.COVERAGE_REPORT).validate(report)).isEmpty();
        assertThat(report.at("/releases/0/release").asText()).isEqualTo("2.3.21");
        assertThat(report.at("/releases/0/strict").asBoolean()).isTrue();
        assertThat(report.at("/releases/1/release").asText()).isEqualTo("2.4.1");
    }

    @Test
    void documentedLinesOfEveryKindExitZero() {
        Cli cli = coverage("--strict", file("2.4.1.jsonl"));

        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(cli.out()).startsWith("Coverage of 2.4.1 (strict) by " + file("2.4.1.jsonl") + "\n")
                .contains("Events: 3 of 4 documented events observed, 0 undocumented events observed\n")
                .contains("Undocumented fields: none\n")
                .contains("imap_client_unhibernated: no reason recorded\n");
    }

    @Test
    void releaseChecksEveryFileAgainstOneReleaseAndAFileThatNamesNoneGetsTheNewest() throws IOException {
        Path plain = temp.resolve("capture.jsonl");
        Files.copy(temp.resolve("2.4.1.jsonl"), plain);

        Cli one = coverage("--release", "2.3.21", file("2.4.1.jsonl"), file("2.3.21.jsonl"));
        Cli newest = coverage(plain.toString());
        Cli stdin = Cli.runWithInput(Files.readAllBytes(plain), "check-events", "--content", content, "--coverage", "-");

        assertThat(one.out()).startsWith("Coverage of 2.3.21 by " + file("2.4.1.jsonl") + ", " + file("2.3.21.jsonl"))
                .contains("imap_command_finished.net_in_bytes: 1 line, its name from 2.4.0; in 2.3.21 it is bytes_in")
                .doesNotContain("Coverage of 2.4.1");
        assertThat(newest.out()).startsWith("Coverage of 2.4.1 by " + plain + "\n");
        assertThat(stdin.out()).startsWith("Coverage of 2.4.1 by <stdin>\n");
        assertThat(stdin.status()).isZero();
    }

    @Test
    void aFileNamedForAnUnlistedReleaseIsAUsageError() throws IOException {
        Path unlisted = temp.resolve("2.3.19.1.jsonl");
        Files.copy(temp.resolve("2.4.1.jsonl"), unlisted);

        Cli cli = coverage(unlisted.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains(unlisted + ": its name says release 2.3.19.1, which the reference does not "
                + "list (the releases are 2.3.0, 2.3.9, 2.3.10, 2.3.11, 2.3.17, 2.3.18, 2.3.21, 2.4.0, 2.4.1, 2.4.2); "
                + "name one with --release");
    }

    @Test
    void theReasonsTableMustBeReadableAndWellFormed() throws IOException {
        Files.writeString(temp.resolve("bad.tsv"), "# reasons\nobox_* Pro only\n", StandardCharsets.UTF_8);

        Cli malformed = coverage("--reasons", file("bad.tsv"), file("2.4.1.jsonl"));
        Cli missing = coverage("--reasons", file("none.tsv"), file("2.4.1.jsonl"));
        Cli withoutCoverage = Cli.run("check-events", "--content", content, "--reasons", file("reasons.tsv"),
                file("2.4.1.jsonl"));

        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).contains(file("bad.tsv") + ":2: expected three columns separated by tabs");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--reasons: cannot read " + file("none.tsv") + ": no such file");
        assertThat(withoutCoverage.status()).isEqualTo(2);
        assertThat(withoutCoverage.err()).contains("--reasons is for --coverage");
    }

    @Test
    void anUnreadableFileIsReportedTheOthersCoveredAndTheExitIsTwo() {
        Cli cli = coverage(file("2.4.1.jsonl"), file("2.4.0.jsonl"));

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("2.4.0.jsonl: cannot read: no such file");
        assertThat(cli.out()).contains("Coverage of 2.4.0 by " + file("2.4.0.jsonl") + "\n0 lines")
                .contains("Coverage of 2.4.1 by " + file("2.4.1.jsonl") + "\n3 lines");
    }

    private static String[] prepend(String first, String second, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
