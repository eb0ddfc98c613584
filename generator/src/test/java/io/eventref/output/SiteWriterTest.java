package io.eventref.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
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
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(path -> path.getFileName().toString()).toList()).containsExactly("site");
        }
    }
}
