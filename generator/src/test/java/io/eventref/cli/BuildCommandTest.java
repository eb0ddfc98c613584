package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    @TempDir
    Path temp;

    private final String content = Fixtures.content().toString();

    @Test
    void writesTheModelExportIntoTheSiteFolder() throws IOException {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", content, "--out", site.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(site.resolve("model.json")).exists();
        assertThat(Files.readString(site.resolve("model.json"))).contains("\"mail_opened\"");
        assertThat(cli.out()).containsPattern("built .*site: 115 events, \\d+ pages, \\d+ schemas?, 0 warnings, \\d+ files in [0-9.]+ s");
    }

    @Test
    void twoBuildsGiveByteIdenticalFiles() throws IOException {
        Cli.run("build", "--content", content, "--out", temp.resolve("a").toString());
        Cli.run("build", "--content", content, "--out", temp.resolve("b").toString());

        assertThat(snapshot(temp.resolve("a"))).isEqualTo(snapshot(temp.resolve("b")));
    }

    @Test
    void aFailedBuildWritesNothingAndLeavesTheLastGoodSiteAsItWas() throws IOException {
        Path site = temp.resolve("site");
        assertThat(Cli.run("build", "--content", content, "--out", site.toString()).status()).isZero();
        Map<String, String> before = snapshot(site);

        Cli cli = Cli.run("build", "--content", Fixtures.fixture("rules/unknown-parent").resolve("content").toString(),
                "--out", site.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.err()).contains("[unknown-parent]").contains("nothing was written");
        assertThat(snapshot(site)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings).as("no leftover build folders").containsExactly(site);
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("notes.txt"), "mine");

        Cli cli = Cli.run("build", "--content", content, "--out", site.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("was not built by eventref");
        assertThat(Files.readString(site.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(site.resolve("model.json")).doesNotExist();
    }

    @Test
    void replacesItsOwnSiteWholeRemovingStaleFiles() throws IOException {
        Path site = temp.resolve("site");
        Cli.run("build", "--content", content, "--out", site.toString());
        Files.writeString(site.resolve("stale.html"), "old page");

        assertThat(Cli.run("build", "--content", content, "--out", site.toString()).status()).isZero();

        assertThat(site.resolve("stale.html")).doesNotExist();
        assertThat(site.resolve("model.json")).exists();
    }

    @Test
    void aBrokenLinkFailsTheBuildAndWritesNothing() {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", Fixtures.fixture("broken-links").resolve("content").toString(),
                "--out", site.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.err()).contains("broken link '#nowhere'").contains("nothing was written");
        assertThat(site).doesNotExist();
    }

    @Test
    void printsPhaseTimingsWhenAsked() {
        Cli cli = Cli.run("build", "--timings", "--content", content, "--out", temp.resolve("site").toString());

        assertThat(cli.out()).containsPattern("(?m)^parse +[0-9.]+ ms$").containsPattern("(?m)^output +[0-9.]+ ms$");
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                // Bytes as ISO-8859-1: lossless for the binary files (zips) too.
                files.put(folder.relativize(file).toString(),
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
