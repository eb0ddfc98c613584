package io.eventref.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path temp;

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

        try (var files = Files.walk(temp.resolve("site"))) {
            assertThat(files.filter(path -> path.toString().endsWith(".txt")).count()).isEqualTo(folders * filesPerFolder);
        }
    }

    @Test
    void aFailedProductionLeavesTheLastSiteAsItWas() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "good")));

        try {
            new SiteWriter().write(site, sink -> {
                sink.write(OutputFile.text("index.html", "half"));
                throw new IllegalStateException("broken");
            });
        } catch (IllegalStateException expected) {
            // the build's own error
        }

        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("good");
        assertNothingBesideTheSite();
    }

    /** Asserts that the writer left nothing beside the site (no fresh, staging or old folder). */
    private void assertNothingBesideTheSite() throws IOException {
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(path -> path.getFileName().toString()).toList()).containsExactly("site");
        }
    }

    @Test
    void aRebuildWritesOnlyWhatChangedAndRemovesWhatIsGone() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "home"),
                OutputFile.text("events/a.html", "a"), OutputFile.text("events/b.html", "b"),
                OutputFile.text("old/gone.html", "gone")));
        Object untouched = Files.readAttributes(site.resolve("events/a.html"), BasicFileAttributes.class).fileKey();

        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "home"),
                OutputFile.text("events/a.html", "a"), OutputFile.text("events/b.html", "b, changed"),
                OutputFile.text("events/c.html", "c")));

        assertThat(Fixtures.snapshot(site)).containsExactly(Map.entry(SiteWriter.MARKER, Files.readString(site.resolve(SiteWriter.MARKER))),
                Map.entry("events/a.html", "a"), Map.entry("events/b.html", "b, changed"),
                Map.entry("events/c.html", "c"), Map.entry("index.html", "home"));
        assertThat(Files.readAttributes(site.resolve("events/a.html"), BasicFileAttributes.class).fileKey())
                .as("an unchanged file is not written again").isEqualTo(untouched);
        assertThat(site.resolve("old")).doesNotExist();
        assertNothingBesideTheSite();
    }

    @Test
    void aRebuildRestoresAFileEditedByHandAndTakesAFoldersPlaceWithAFile() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "home"),
                OutputFile.text("thing/inside.html", "inside")));
        Files.writeString(site.resolve("index.html"), "edited by hand");
        Files.writeString(site.resolve("extra.html"), "added by hand");

        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "home"), OutputFile.text("thing", "a file now")));

        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("home");
        assertThat(Files.readString(site.resolve("thing"))).isEqualTo("a file now");
        assertThat(site.resolve("extra.html")).doesNotExist();
    }

    @Test
    void aFailedRebuildLeavesTheSiteExactlyAsItWas() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "home"), OutputFile.text("a.html", "a")));
        Map<String, String> before = Fixtures.snapshot(site);

        try {
            new SiteWriter().write(site, sink -> {
                sink.write(OutputFile.text("index.html", "changed"));
                sink.write(OutputFile.text("new.html", "new"));
                throw new IllegalStateException("broken link");
            });
        } catch (IllegalStateException expected) {
            // the build's own error
        }

        assertThat(Fixtures.snapshot(site)).isEqualTo(before);
        assertNothingBesideTheSite();
    }
}
