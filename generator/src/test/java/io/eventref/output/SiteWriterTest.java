package io.eventref.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path temp;

    private static final List<OutputFile> OLD = List.of(OutputFile.text("index.html", "home"),
            OutputFile.text("events/a.html", "a"), OutputFile.text("events/b.html", "b"),
            OutputFile.text("old/gone.html", "gone"));
    private static final List<OutputFile> NEW = List.of(OutputFile.text("index.html", "home"),
            OutputFile.text("events/a.html", "a"), OutputFile.text("events/b.html", "b, changed"),
            OutputFile.text("events/c.html", "c"));

    @Test
    void filesWrittenFromManyThreadsIntoNewFoldersAllArrive() throws Exception {
        int folders = 300;
        int filesPerFolder = 8;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            new SiteWriter().write(temp.resolve("site"), sink -> {
                List<Future<?>> writes = new ArrayList<>();
                // Every folder's files at once, from different threads: each must find its folder made.
                for (int folder = 0; folder < folders; folder++) {
                    for (int file = 0; file < filesPerFolder; file++) {
                        String path = "f" + folder + "/sub/" + file + ".txt";
                        writes.add(threads.submit(() -> sink.write(OutputFile.text(path, path))));
                    }
                }
                IllegalStateException failed = null;
                for (Future<?> write : writes) {
                    try {
                        write.get();
                    } catch (Exception e) {
                        failed = new IllegalStateException(e.getCause());
                    }
                }
                if (failed != null) {
                    throw failed;
                }
            });
        } finally {
            threads.shutdownNow();
        }

        assertThat(Fixtures.snapshot(temp.resolve("site"))).hasSize(folders * filesPerFolder + 1);
    }

    @Test
    void theSiteIsALinkToOneCompleteBuildFolderBesideIt() throws IOException {
        Path site = temp.resolve("site");

        SiteWriter.Publication publication = new SiteWriter().write(site, OLD);

        assertThat(Files.isSymbolicLink(site)).isTrue();
        assertThat(Files.readSymbolicLink(site)).isEqualTo(Path.of(".site-builds/1"));
        assertThat(publication.build()).isEqualTo(temp.resolve(".site-builds/1"));
        assertThat(Fixtures.snapshot(site)).containsOnlyKeys(SiteWriter.MARKER, "index.html", "events/a.html",
                "events/b.html", "old/gone.html");
        assertThat(publication.written()).isEqualTo(4);
        assertThat(publication.linked()).isZero();
    }

    @Test
    void aRebuildLinksUnchangedFilesWritesChangedOnesAndDropsWhatIsGone() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, OLD);
        Object untouched = fileKey(site.resolve("events/a.html"));

        SiteWriter.Publication publication = new SiteWriter().write(site, NEW);

        assertThat(Fixtures.snapshot(site)).containsExactly(Map.entry(SiteWriter.MARKER, marker(site)),
                Map.entry("events/a.html", "a"), Map.entry("events/b.html", "b, changed"),
                Map.entry("events/c.html", "c"), Map.entry("index.html", "home"));
        assertThat(fileKey(site.resolve("events/a.html"))).as("an unchanged file is the same file").isEqualTo(untouched);
        assertThat(publication.linked()).isEqualTo(2);
        assertThat(publication.written()).isEqualTo(2);
        assertThat(site.resolve("old")).doesNotExist();
    }

    @Test
    void theBuildBeforeIsKeptForReadersStillInItUntilTheNextBuild() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, OLD);
        Path first = site.toRealPath();
        new SiteWriter().write(site, NEW);

        assertThat(Files.readString(first.resolve("events/b.html"))).isEqualTo("b");
        assertThat(builds()).containsExactly("1", "2", "lock");

        new SiteWriter().write(site, OLD);

        assertThat(first).doesNotExist();
        assertThat(builds()).containsExactly("2", "3", "lock");
        assertNothingElseBesideTheSite();
    }

    @Test
    void aFailedRebuildLeavesTheSiteExactlyAsItWasAndNothingBehind() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, OLD);
        Map<String, String> before = Fixtures.snapshot(site);
        Path published = site.toRealPath();

        assertThatThrownBy(() -> new SiteWriter().write(site, sink -> {
            sink.write(OutputFile.text("index.html", "changed"));
            sink.write(OutputFile.text("new.html", "new"));
            throw new IllegalStateException("broken link");
        })).hasMessage("broken link");

        assertThat(site.toRealPath()).isEqualTo(published);
        assertThat(Fixtures.snapshot(site)).isEqualTo(before);
        assertThat(builds()).containsExactly("1", "lock");
        assertNothingElseBesideTheSite();
    }

    @Test
    void aFailureAtAnyStepLeavesTheOldSiteAndTheNextBuildSucceedsCleanly() throws IOException {
        Map<String, String> oldSite = published(OLD);
        Map<String, String> newSite = published(NEW);
        int steps = rebuildSteps();
        assertThat(steps).isGreaterThan(10);

        for (int failAt = 1; failAt <= steps; failAt++) {
            Path site = Files.createDirectories(temp.resolve("run" + failAt)).resolve("site");
            new SiteWriter().write(site, OLD);
            new SiteWriter().write(site, NEW);
            Files.writeString(site.toRealPath().resolve("hand-made.html"), "dropped by the next build");
            Map<String, String> before = Fixtures.snapshot(site);
            int failing = failAt;
            AtomicInteger count = new AtomicInteger();
            DiskStep denied = (kind, path) -> {
                if (count.incrementAndGet() == failing) {
                    throw new AccessDeniedException(path.toString());
                }
            };

            boolean failed = false;
            try {
                new SiteWriter(denied).write(site, OLD);
            } catch (AccessDeniedException expected) {
                failed = true;
            }

            // Only the removal of a leftover may fail without failing the build.
            assertThat(Fixtures.snapshot(site)).as("failing step %d of %d", failing, steps)
                    .isEqualTo(failed ? before : oldSite);
            new SiteWriter().write(site, NEW);
            assertThat(Fixtures.snapshot(site)).isEqualTo(newSite);
            try (Stream<Path> entries = Files.list(site.resolveSibling(".site-builds"))) {
                assertThat(entries.count()).as("the lock, the site's build and the one before").isEqualTo(3);
            }
        }
    }

    private Map<String, String> published(List<OutputFile> files) throws IOException {
        Path site = Files.createTempDirectory(temp, "reference").resolve("site");
        new SiteWriter().write(site, files);
        return Fixtures.snapshot(site);
    }

    /** The disk steps of a rebuild from NEW to OLD, with a build before to remove. */
    private int rebuildSteps() throws IOException {
        Path site = Files.createTempDirectory(temp, "counting").resolve("site");
        new SiteWriter().write(site, OLD);
        new SiteWriter().write(site, NEW);
        AtomicInteger count = new AtomicInteger();
        new SiteWriter((kind, path) -> count.incrementAndGet()).write(site, OLD);
        return count.get();
    }

    @Test
    void aSecondBuildOfTheSameSiteIsTurnedAwayWhileTheFirstRuns() throws Exception {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, OLD);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<SiteWriter.Publication> first = thread.submit(() -> new SiteWriter().write(site, sink -> {
                sink.write(OutputFile.text("index.html", "first"));
                writing.countDown();
                await(release);
            }));
            writing.await();

            assertThatThrownBy(() -> new SiteWriter().write(site, NEW))
                    .isInstanceOf(SiteWriter.BusyException.class)
                    .hasMessageContaining(site + " is being built by another build")
                    .hasMessageContaining("wait until it has finished");
            release.countDown();
            first.get();
        } finally {
            thread.shutdownNow();
        }

        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("first");
        new SiteWriter().write(site, NEW);
        assertThat(Files.readString(site.resolve("events/b.html"))).isEqualTo("b, changed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLinkInsideTheSiteIsNeverFollowedNorEmptied() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, OLD);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.html"), "a");
        Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
        Path events = site.toRealPath().resolve("events");
        Leftovers.delete(events);
        Files.createSymbolicLink(events, elsewhere);

        new SiteWriter().write(site, NEW);
        new SiteWriter().write(site, NEW);
        new SiteWriter().write(site, NEW);

        assertThat(Files.isSymbolicLink(site.toRealPath().resolve("events"))).isFalse();
        assertThat(Files.readString(site.resolve("events/a.html"))).isEqualTo("a");
        assertThat(fileKey(site.resolve("events/a.html"))).isNotEqualTo(fileKey(elsewhere.resolve("a.html")));
        assertThat(Fixtures.snapshot(elsewhere)).containsExactly(Map.entry("a.html", "a"),
                Map.entry("precious.txt", "keep me"));
    }

    @Test
    void whatAKilledBuildLeftIsRemovedByTheNextBuild() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, OLD);
        Files.createDirectories(temp.resolve(".site-builds/7/events"));
        Files.writeString(temp.resolve(".site-builds/7/events/half.html"), "half");
        Files.createSymbolicLink(temp.resolve(".site-builds/next-7"), Path.of(".site-builds/7"));
        Files.createDirectories(temp.resolve(".site.new-123456/events"));

        new SiteWriter().write(site, NEW);

        assertThat(builds()).containsExactly("1", "8", "lock");
        assertNothingElseBesideTheSite();
    }

    @Test
    void refusesAFolderItDidNotBuildAndALinkItDidNotMake() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        Path link = Files.createSymbolicLink(temp.resolve("link"), mine);

        assertThatThrownBy(() -> new SiteWriter().write(mine, NEW))
                .isInstanceOf(SiteWriter.ForeignFolderException.class)
                .hasMessage(mine + " exists and was not built by eventref (no .eventref-site file in it);"
                        + " move it away or choose another output folder");
        assertThatThrownBy(() -> new SiteWriter().write(link, NEW))
                .isInstanceOf(SiteWriter.ForeignFolderException.class)
                .hasMessage(link + " is a symbolic link to " + mine + ", which eventref did not make;"
                        + " remove the link or choose another output folder");
        assertThat(Fixtures.snapshot(mine)).containsExactly(Map.entry("notes.txt", "mine"));
        assertThat(temp.resolve(".mine-builds")).doesNotExist();
        assertThat(temp.resolve(".link-builds")).doesNotExist();
    }

    @Test
    void aSiteFolderOfTheOlderLayoutBecomesALinkWithItsUnchangedFilesKept() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site/events"));
        Files.writeString(temp.resolve("site/" + SiteWriter.MARKER), "built in place");
        Files.writeString(temp.resolve("site/events/a.html"), "a");
        Files.writeString(temp.resolve("site/old.html"), "old");
        Object unchanged = fileKey(temp.resolve("site/events/a.html"));
        site = temp.resolve("site");

        new SiteWriter().write(site, NEW);

        assertThat(Files.isSymbolicLink(site)).isTrue();
        assertThat(Fixtures.snapshot(site)).containsOnlyKeys(SiteWriter.MARKER, "index.html", "events/a.html",
                "events/b.html", "events/c.html");
        assertThat(fileKey(site.resolve("events/a.html"))).isEqualTo(unchanged);
        new SiteWriter().write(site, NEW);
        assertNothingElseBesideTheSite();
    }

    @Test
    void writesAPlainFolderForGeneratedInputs() throws IOException {
        Path folder = temp.resolve("content");

        new SiteWriter().writeFolder(folder, NEW);

        assertThat(Files.isSymbolicLink(folder)).isFalse();
        assertThat(Fixtures.snapshot(folder)).containsOnlyKeys("index.html", "events/a.html", "events/b.html",
                "events/c.html");
        assertThatThrownBy(() -> new SiteWriter().writeFolder(folder, NEW))
                .isInstanceOf(SiteWriter.ForeignFolderException.class).hasMessageContaining("is not empty");
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static String marker(Path site) throws IOException {
        return Files.readString(site.resolve(SiteWriter.MARKER));
    }

    /** The entries of the folder of builds, sorted. */
    private List<String> builds() throws IOException {
        try (Stream<Path> entries = Files.list(temp.resolve(".site-builds"))) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Asserts that beside the site there is only its folder of builds. */
    private void assertNothingElseBesideTheSite() throws IOException {
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.filter(path -> !path.getFileName().toString().startsWith("elsewhere"))
                    .map(path -> path.getFileName().toString()).sorted().toList())
                    .containsExactly(".site-builds", "site");
        }
        assertThat(Files.isSymbolicLink(temp.resolve("site"))).isTrue();
        assertThat(Files.isDirectory(temp.resolve(".site-builds"), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
