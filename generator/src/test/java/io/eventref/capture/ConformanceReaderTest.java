package io.eventref.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.model.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceReaderTest {

    @TempDir
    Path temp;

    private ConformanceReader.Result read(Path folder) throws IOException {
        return new ConformanceReader().read(folder, "conformance");
    }

    private Path write(String path, String text) throws IOException {
        Path file = temp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFolderWithoutCapturesHasNone() throws IOException {
        assertThat(read(temp.resolve("missing")).conformance()).isEqualTo(Conformance.NONE);
        write("unreached-reasons.tsv", "obox_*\t*\tPro only.\n");
        write("captures/notes.txt", "not a capture");

        ConformanceReader.Result result = read(temp);

        assertThat(result.conformance().isEmpty()).isTrue();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsTheCapturesOldestReleaseFirstWithTheirServers() throws IOException {
        write("captures/2.3.10.jsonl", "{\"event\":\"b\"}\n");
        write("captures/2.3.9.jsonl", "{\"event\":\"a\"}\n");
        write("captures/2.3.9.server", "# comment\ndovecot: 2.3.9 (abc)\npackage: dovecot-core 1:2.3.9\n\n"
                + "system: Debian GNU/Linux 11 (bullseye)\n");

        Conformance conformance = read(temp).conformance();

        assertThat(conformance.runs()).extracting(run -> run.release().toString()).containsExactly("2.3.9", "2.3.10");
        assertThat(conformance.runs().get(0).file()).isEqualTo("conformance/captures/2.3.9.jsonl");
        assertThat(conformance.runs().get(0).server()).isEqualTo(new Server("2.3.9 (abc)", "dovecot-core 1:2.3.9",
                "Debian GNU/Linux 11 (bullseye)"));
        assertThat(conformance.runs().get(1).server()).isEqualTo(Server.UNKNOWN);
        assertThat(conformance.runs().get(1).capture().events().keySet()).containsExactly("b");
    }

    @Test
    void whatCannotBeUsedIsAWarningAtItsPositionAndLeftOut() throws IOException {
        write("captures/latest.jsonl", "{\"event\":\"a\"}\n");
        write("captures/2.3.9.jsonl", "{\"event\":\"a\"}\nnot json\n");
        write("captures/2.3.9.server", "dovecot: 2.3.9\ncolour: blue\n");
        write("unreached-reasons.tsv", "# comment\na\t*\tWhy.\nno tabs here\nb\t2.3\t\n");

        ConformanceReader.Result result = read(temp);

        assertThat(result.conformance().runs()).hasSize(1);
        assertThat(result.conformance().reasons()).extracting(UnreachedReason::event).containsExactly("a");
        assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(
                "conformance/captures/2.3.9.jsonl:2:1: warning: the line is not a JSON object; skipped [capture-line]",
                "conformance/captures/2.3.9.server:2:1: warning: expected 'dovecot: ...', 'package: ...' or"
                        + " 'system: ...'; the line is left out [capture-server]",
                "conformance/captures/latest.jsonl:1:1: warning: a capture is named after the release it was taken"
                        + " from, like 2.3.19.jsonl; this one is left out [capture-name]",
                "conformance/unreached-reasons.tsv:3:1: warning: expected three columns separated by tabs (event or"
                        + " prefix*, series, reason); the row is left out [unreached-reason]",
                "conformance/unreached-reasons.tsv:4:1: warning: expected three columns separated by tabs (event or"
                        + " prefix*, series, reason); the row is left out [unreached-reason]");
    }

    @Test
    void theFirstReasonThatAppliesToTheEventAndTheReleasesSeriesWins() throws IOException {
        write("captures/2.4.1.jsonl", "{\"event\":\"a\"}\n");
        write("unreached-reasons.tsv", String.join("\n",
                "obox_index_merge_started\t2.4\tNot in 2.4.",
                "obox_*\t*\tPro only.",
                "imap_*\t2.3\tOnly in 2.3.",
                "dict_lookup\t2.4.1\tThis release.",
                "dict_lookup\t2.4\tThe series.", ""));

        Conformance conformance = read(temp).conformance();

        Version v241 = Version.parse("2.4.1");
        Version v2319 = Version.parse("2.3.19");
        assertThat(conformance.reasonFor("obox_index_merge_started", v241)).contains("Not in 2.4.");
        assertThat(conformance.reasonFor("obox_index_merge_started", v2319)).contains("Pro only.");
        assertThat(conformance.reasonFor("obox_mailbox_rescan_started", v241)).contains("Pro only.");
        assertThat(conformance.reasonFor("obox", v241)).as("a prefix is not the name").isEmpty();
        assertThat(conformance.reasonFor("imap_client_unhibernate_retried", v2319)).contains("Only in 2.3.");
        assertThat(conformance.reasonFor("imap_client_unhibernate_retried", v241)).isEmpty();
        assertThat(conformance.reasonFor("dict_lookup", v241)).contains("This release.");
        assertThat(conformance.reasonFor("dict_lookup", Version.parse("2.4.10"))).contains("The series.");
        assertThat(conformance.reasonFor("dict_lookup", Version.parse("2.40.0"))).isEmpty();
    }

    @Test
    void theDefaultFolderIsConformanceBesideTheContent() {
        Path content = Fixtures.content("basic");

        assertThat(ConformanceReader.besideContent(content)).isEqualTo(Fixtures.fixture("basic").resolve("conformance"));
        assertThat(ConformanceReader.besideContent(Path.of("content")))
                .isEqualTo(Path.of("conformance").toAbsolutePath());
    }
}
