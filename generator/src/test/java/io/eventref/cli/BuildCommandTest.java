package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
            assertThat(siblings).as("no leftover build folders").containsExactlyInAnyOrder(site,
                    temp.resolve(".site-builds"));
        }
        try (Stream<Path> builds = Files.list(temp.resolve(".site-builds"))) {
            assertThat(builds).as("the lock and the site's build").hasSize(2);
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

        assertThat(cli.out()).containsPattern("(?m)^parse +[0-9.]+ ms$").containsPattern("(?m)^output +[0-9.]+ ms$")
                .containsPattern("(?m)^captures +[0-9.]+ ms$");
    }

    @Test
    void theConformanceCapturesBesideTheContentFeedTheSiteAndTheSummarySaysWhich() {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", content, "--out", site.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(site.resolve("conformance.html")).exists();
        assertThat(cli.out()).containsPattern("(?m)^conformance: 2 captures of Dovecot 2.3.18, 2.4.1, 10 lines, from"
                + " .*fixtures/basic/conformance$");
    }

    @Test
    void withoutCapturesTheSiteIsBuiltWithoutConformanceAndTheSummarySaysSo() {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", Fixtures.content("diff").toString(), "--out", site.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(site.resolve("conformance.html")).doesNotExist();
        assertThat(cli.out()).containsPattern("(?m)^no conformance captures in .*fixtures/diff/conformance/captures:"
                + " the site has no conformance page and no captured examples$");
    }

    @Test
    void conformanceNamesAnotherFolderWhoseProblemsAreWarningsAtTheirPosition() {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", content, "--out", site.toString(), "--conformance",
                Fixtures.fixture("unsafe").resolve("conformance").toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.err()).containsPattern("fixtures/unsafe/conformance/captures/2.3.18.jsonl:3:34: warning: the"
                + " line is not JSON; skipped \\[capture-line\\]")
                .contains("unreached-reasons.tsv:2:1: warning: expected three columns");
        assertThat(cli.out()).contains("conformance: 2 captures of Dovecot 2.3.10, 2.3.18, 6 lines");
    }

    @Test
    void aConformanceFolderThatIsNotThereIsAUsageError() {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", content, "--out", site.toString(), "--conformance",
                temp.resolve("nowhere").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("--conformance: no such folder: ").contains("nowhere");
        assertThat(site).doesNotExist();
    }

    @Test
    void aSecondBuildIntoASiteBeingBuiltFailsWithAClearMessage() throws IOException {
        Path site = temp.resolve("site");
        String basic = Fixtures.fixture("basic").resolve("content").toString();
        assertThat(Cli.run("build", "--content", basic, "--out", site.toString()).status()).isZero();
        Map<String, String> before = Fixtures.snapshot(site);

        try (FileChannel lock = FileChannel.open(temp.resolve(".site-builds/lock"), StandardOpenOption.WRITE);
                FileLock held = lock.lock()) {
            Cli cli = Cli.run("build", "--content", basic, "--out", site.toString());

            assertThat(cli.status()).isEqualTo(2);
            assertThat(cli.err()).isEqualTo("eventref: " + site + " is being built by another build; wait until it"
                    + " has finished, or build into another --out folder\n");
        }
        assertThat(Fixtures.snapshot(site)).isEqualTo(before);
    }

    @Test
    void aFolderOfTheSiteReplacedByALinkIsRebuiltAndWhatTheLinkPointsToIsLeftAlone() throws IOException {
        Path site = temp.resolve("site");
        String basic = Fixtures.fixture("basic").resolve("content").toString();
        assertThat(Cli.run("build", "--content", basic, "--out", site.toString()).status()).isZero();
        Map<String, String> before = Fixtures.snapshot(site);
        Path elsewhere = temp.resolve("elsewhere");
        Files.move(site.resolve("events"), elsewhere);
        Files.createSymbolicLink(site.toRealPath().resolve("events"), elsewhere);
        Map<String, String> linked = Fixtures.snapshot(elsewhere);

        Cli first = Cli.run("build", "--content", basic, "--out", site.toString());
        Cli second = Cli.run("build", "--content", basic, "--out", site.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(Files.isSymbolicLink(site.resolve("events"))).isFalse();
        assertThat(Fixtures.snapshot(site)).isEqualTo(before);
        assertThat(Fixtures.snapshot(elsewhere)).isEqualTo(linked).isNotEmpty();
    }

    @Test
    void textThatSanitisingDropsIsAPositionedWarning() throws IOException {
        Path source = temp.resolve("content");
        Files.createDirectories(source);
        Files.copy(Fixtures.fixture("basic").resolve("content/releases.yaml"), source.resolve("releases.yaml"));
        Files.writeString(source.resolve("styled.md"), """
                ---
                kind: section
                id: styled
                order: 10
                ---
                # Styled

                ## Event: mail_opened

                A mail was opened. <style>p { color: red }

                This paragraph would vanish from the page.

                ## Event: mail_closed

                A mail was closed. <script>alert(1)</script> Still here.
                """);

        Cli cli = Cli.run("build", "--content", source.toString(), "--out", temp.resolve("site").toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.err()).contains(source.getFileName() + "/styled.md:8:1: warning: the site drops text of this"
                + " description, from \"p { color: red }</p> <p>This paragraph would vanish from the...\"")
                .contains("styled.md:14:1: warning: the site drops text of this description, from \"alert(1)\":")
                .contains("[sanitized-html]");
        assertThat(cli.out()).contains("2 warnings");
    }
}
