package io.eventref.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The only class that writes the site to disk. A new site is written into a fresh folder beside
 * the target and swapped in when all was written; a site it built before is updated in place
 * with only the files that changed ({@link SiteUpdate}), once the whole build succeeded. Either
 * way a failed build leaves the previous site exactly as it was. It refuses to replace a folder
 * it did not create (one without its marker file), so it cannot delete a user's files.
 */
public final class SiteWriter {

    /** The file that marks a folder as built by eventref. */
    public static final String MARKER = ".eventref-site";
    private static final String MARKER_TEXT =
            "This folder is built by eventref; `eventref build` replaces it whole. Do not edit it by hand.\n";

    /** Thrown when the target exists and is not a site eventref built. */
    public static final class ForeignFolderException extends IOException {
        ForeignFolderException(Path target) {
            super(target + " exists and was not built by eventref (no " + MARKER
                    + " file in it); move it away or choose another output folder");
        }
    }

    /** Fails fast, before any work, when {@code target} may not be replaced. */
    public void checkReplaceable(Path target) throws IOException {
        if (Files.exists(target) && !isReplaceable(target)) {
            throw new ForeignFolderException(target);
        }
    }

    private static boolean isReplaceable(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return false;
        }
        if (Files.isRegularFile(target.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isEmpty();
        }
    }

    /** What makes a site's files: it hands each to the sink as soon as it is made. */
    @FunctionalInterface
    public interface Production {
        void produce(OutputSink sink);
    }

    /** Writes {@code files} as the whole content of {@code target}, replacing what was there. */
    public void write(Path target, List<OutputFile> files) throws IOException {
        write(target, sink -> files.forEach(sink::write));
    }

    /**
     * Writes the files that {@code production} makes as the whole content of {@code target},
     * replacing what was there once all were written. When {@code production} throws, the files
     * written so far are deleted, {@code target} is left as it was, and the exception is rethrown.
     */
    public void write(Path target, Production production) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path fresh = Files.createTempDirectory(parent, "." + name + ".new-");
        FolderSink folder = new FolderSink(fresh);
        // A site built before is updated with what changed (see SiteUpdate); fresh then stages it.
        SiteUpdate update = Files.isRegularFile(absolute.resolve(MARKER)) ? new SiteUpdate(absolute, folder) : null;
        try {
            try {
                production.produce(update != null ? update : folder);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (update != null) {
                update.apply(MARKER);
                Files.writeString(absolute.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
                deleteTree(fresh);
            } else {
                Files.writeString(fresh.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
                swap(absolute, fresh, parent, name);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteTree(fresh);
            } catch (IOException | RuntimeException cleanup) {
                // Threads of the failed production may still be writing; the build's error is what counts.
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Writes each file into a folder as it comes; thread-safe. */
    static final class FolderSink implements OutputSink {
        private final Path folder;
        private final Set<String> paths = ConcurrentHashMap.newKeySet();
        /** The folders made so far; a folder is in it only once it exists. */
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

        FolderSink(Path folder) {
            this.folder = folder;
        }

        Path folder() {
            return folder;
        }

        /** The paths of the files written so far. */
        Set<String> paths() {
            return paths;
        }

        @Override
        public void write(OutputFile file) {
            if (!paths.add(file.path())) {
                throw new IllegalArgumentException("file: " + file.path() + " is written twice");
            }
            Path path = folder.resolve(file.path());
            try {
                // computeIfAbsent holds back the other writers into the same folder until it is made.
                folders.computeIfAbsent(path.getParent(), SiteWriter::createFolder);
                Files.write(path, file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Boolean createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swap(Path target, Path fresh, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
