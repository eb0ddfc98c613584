package io.eventref.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rebuild of a site eventref built before, writing only what changed. While the build runs,
 * each file is compared with the one the site has: an equal file is left alone, a new or changed
 * one goes to a staging folder beside the site. Only when the whole build succeeded is the site
 * touched: files the build no longer makes are deleted and the staged ones moved in, each by an
 * atomic rename. So a failed build leaves the site exactly as it was; an update interrupted
 * half-way (the machine stopped) leaves a site that mixes two builds, which the next build
 * corrects, since it compares with what is on disk, not with a record of it.
 */
final class SiteUpdate implements OutputSink {

    private final Path site;
    /** Where the new and changed files go until the build succeeded. */
    private final SiteWriter.FolderSink staging;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    SiteUpdate(Path site, SiteWriter.FolderSink staging) {
        this.site = site;
        this.staging = staging;
    }

    @Override
    public void write(OutputFile file) {
        if (!paths.add(file.path())) {
            throw new IllegalArgumentException("file: " + file.path() + " is written twice");
        }
        try {
            if (!Arrays.equals(current(site.resolve(file.path())), file.content())) {
                staging.write(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the site's file at {@code path}; null when it has no plain file there. */
    private static byte[] current(Path path) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Makes the site what the build wrote: deletes every file it did not write (but the marker),
     * and the folders left empty, then moves the staged files in.
     */
    void apply(String marker) throws IOException {
        List<Path> stale = new ArrayList<>();
        List<Path> emptied = new ArrayList<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = relative(file);
                if (!path.equals(marker) && !paths.contains(path)) {
                    stale.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!dir.equals(site)) {
                    emptied.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : stale) {
            Files.delete(file);
        }
        // Deepest first (the walk's order): a folder emptied of stale files goes too.
        for (Path dir : emptied) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
        for (String path : new TreeSet<>(staging.paths())) {
            Path target = site.resolve(path);
            Files.createDirectories(target.getParent());
            Files.move(staging.folder().resolve(path), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private String relative(Path file) {
        return site.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
