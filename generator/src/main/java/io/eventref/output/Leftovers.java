package io.eventref.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Removes what earlier builds left beside the site (builds no longer published, the folders of a
 * killed build), on a thread of its own while the new build is made. A tree is removed without
 * following symbolic links: a link is removed, never what it points to. What cannot be removed
 * is reported, not thrown: the next build tries again.
 */
final class Leftovers {

    private final List<Path> trees;
    private final DiskStep step;
    private final List<String> kept = new ArrayList<>();
    private Thread thread;
    private volatile long nanos;

    Leftovers(List<Path> trees, DiskStep step) {
        this.trees = List.copyOf(trees);
        this.step = Objects.requireNonNull(step, "step");
    }

    /** Starts removing them. */
    void start() {
        if (trees.isEmpty()) {
            return;
        }
        thread = new Thread(this::removeAll, "eventref-leftovers");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until they are removed; returns each that could not be, with why ("path: reason"). */
    List<String> finish() {
        if (thread != null) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    /** How long removing them took (valid after {@link #finish()}). */
    long nanos() {
        return nanos;
    }

    private void removeAll() {
        long start = System.nanoTime();
        for (Path tree : trees) {
            try {
                step.before(DiskStep.Kind.CLEAN, tree);
                delete(tree);
            } catch (IOException | RuntimeException e) {
                synchronized (kept) {
                    kept.add(tree + ": " + reason(e));
                }
            }
        }
        nanos = System.nanoTime() - start;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    /** Deletes {@code root} and all below it; links are deleted, not followed. Missing: nothing to do. */
    static void delete(Path root) throws IOException {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        }
    }
}
