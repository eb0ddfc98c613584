package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventref build} on the basic fixture. */
class BuildCommandTest {

    @TempDir
    Path temp;

    private final String content = Fixtures.content("basic").toString();

    @Test
    void writesTheModelExportIntoTheSiteFolder() throws IOException {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", content, "--out", site.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(site.resolve("model.json")).exists();
        assertThat(Files.readString(site.resolve("model.json")))
                .isEqualTo(Fixtures.read(Fixtures.fixture("basic").resolve("model.json")));
        assertThat(cli.out()).containsPattern("built .*site: 6 events, \\d+ pages, \\d+ schemas?, 0 warnings, \\d+ files in [0-9.]+ s");
    }

    @Test
    void twoBuildsGiveByteIdenticalFiles() throws IOException {
        Cli.run("build", "--content", content, "--out", temp.resolve("a").toString());
        Cli.run("build", "--content", content, "--out", temp.resolve("b").toString());

        assertThat(Fixtures.snapshot(temp.resolve("a"))).isEqualTo(Fixtures.snapshot(temp.resolve("b")));
    }

    @Test
    void aFailedBuildWritesNothingAndLeavesTheLastGoodSiteAsItWas() throws IOException {
        Path site = temp.resolve("site");
        assertThat(Cli.run("build", "--content", content, "--out", site.toString()).status()).isZero();
        Map<String, String> before = Fixtures.snapshot(site);

        Cli cli = Cli.run("build", "--content", Fixtures.fixture("rules/unknown-parent").resolve("content").toString(),
                "--out", site.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.err()).contains("[unknown-parent]").contains("nothing was written");
        assertThat(Fixtures.snapshot(site)).isEqualTo(before);
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
    void aRebuildFromTheCacheWritesTheSameFilesAsABuildWithout() throws IOException {
        Path cache = temp.resolve("cache/build.cache");
        assertThat(Cli.run("build", "--content", content, "--out", temp.resolve("a").toString(),
                "--cache", cache.toString()).status()).isZero();
        assertThat(cache).exists();

        Cli rebuild = Cli.run("build", "--content", content, "--out", temp.resolve("a").toString(),
                "--cache", cache.toString());
        Cli.run("build", "--content", content, "--out", temp.resolve("b").toString(), "--no-cache");

        assertThat(rebuild.status()).as(rebuild.err()).isZero();
        assertThat(Fixtures.snapshot(temp.resolve("a"))).isEqualTo(Fixtures.snapshot(temp.resolve("b")));
    }

    /** The compare page's reports are kept under what the diff reads: a changed note is read again. */
    @Test
    void aRebuildAfterAChangedNoteHasTheNewNoteInEveryReportAsABuildWithoutTheCache() throws IOException {
        Path source = temp.resolve("content");
        for (Path file : Fixtures.snapshot(Fixtures.content("basic")).keySet().stream().map(Path::of).toList()) {
            Files.createDirectories(source.resolve(file).getParent());
            Files.copy(Fixtures.content("basic").resolve(file), source.resolve(file));
        }
        Path cache = temp.resolve("build.cache");
        Path site = temp.resolve("site");
        assertThat(Cli.run("build", "--content", source.toString(), "--out", site.toString(), "--cache",
                cache.toString()).status()).isZero();
        Path storage = source.resolve("storage.md");
        Files.writeString(storage, Files.readString(storage).replace("Now in UTF-8.", "Now in UTF-16."));

        Cli rebuild = Cli.run("build", "--content", source.toString(), "--out", site.toString(), "--cache",
                cache.toString());
        Cli.run("build", "--content", source.toString(), "--out", temp.resolve("fresh").toString(), "--no-cache");

        assertThat(rebuild.status()).as(rebuild.err()).isZero();
        assertThat(Files.readString(site.resolve("diffs/2.3.9-to-2.3.18.js"))).contains("Now in UTF-16.");
        assertThat(Fixtures.snapshot(site)).isEqualTo(Fixtures.snapshot(temp.resolve("fresh")));
    }

    @Test
    void theCacheDoesNotHideALinkBrokenByAChangeToAnotherPage() throws IOException {
        Path source = temp.resolve("content");
        Files.createDirectories(source);
        Files.copy(Fixtures.fixture("broken-links").resolve("content/releases.yaml"), source.resolve("releases.yaml"));
        String page = """
                ---
                kind: section
                id: links
                order: 10
                ---
                # Links

                ## Event: mail_opened

                A mail was opened. Its size is [on the other page](mail_closed.html#size).

                ## Event: mail_closed

                A mail was closed.

                | Field | Type | Values | Description |
                |---|---|---|---|
                | size | integer | | Its size. |
                """;
        Files.writeString(source.resolve("links.md"), page);
        Path cache = temp.resolve("build.cache");
        Path site = temp.resolve("site");
        Cli first = Cli.run("build", "--content", source.toString(), "--out", site.toString(), "--cache", cache.toString());
        assertThat(first.status()).as(first.err()).isZero();

        // mail_opened's page stays the same (its links come from the cache); mail_closed's loses #size.
        Files.writeString(source.resolve("links.md"), page.replace("| size | integer | | Its size. |", "| length | integer | | Its length. |"));
        Cli second = Cli.run("build", "--content", source.toString(), "--out", site.toString(), "--cache", cache.toString());

        assertThat(second.status()).isEqualTo(1);
        assertThat(second.err()).contains("events/mail_opened.html: broken link 'mail_closed.html#size'");
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
}
