package io.eventref.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the content folder and the templates folder (with its subfolders) for saves, with the
 * file system's notifications ({@link WatchService}), and hands them on debounced: the changes that
 * come within a few milliseconds of each other (an editor that writes a file in steps, or saves
 * several) are one change. Only files a build reads count: {@code *.md} and {@code releases.yaml} in
 * the content folder, anything but hidden and backup files in the templates.
 */
final class SourceWatcher implements AutoCloseable {

    /** What changed: the content, the templates, or both. */
    record Changes(boolean content, boolean templates) {

        Changes and(Changes other) {
            return new Changes(content || other.content, templates || other.templates);
        }
    }

    /** How long the folders must stay quiet before a change is handed on. */
    static final long QUIET_MILLIS = 10;
    /** The longest a change waits for quiet: a folder that never stays quiet is still built. */
    static final long LONGEST_WAIT_MILLIS = 500;

    private final WatchService service;
    /** Each watched folder, and whether it is (in) the templates folder. */
    private final Map<WatchKey, Boolean> templatesByKey = new HashMap<>();
    /** What {@link #pending} found, for the next call of {@link #next}. */
    private Changes pending = new Changes(false, false);

    private SourceWatcher(WatchService service) {
        this.service = service;
    }

    /** Watches {@code content} and, when present, {@code templates} and its subfolders. */
    static SourceWatcher watch(Path content, Optional<Path> templates) throws IOException {
        SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService());
        try {
            watcher.register(content, false);
            if (templates.isPresent()) {
                try (Stream<Path> folders = Files.walk(templates.get())) {
                    for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                        watcher.register(folder, true);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        return watcher;
    }

    private void register(Path folder, boolean templates) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        templatesByKey.put(key, templates);
    }

    /**
     * Waits for a change that a build reads, then for the folders to stay quiet; empty once the
     * watcher is closed.
     */
    Optional<Changes> next() throws InterruptedException {
        try {
            Changes changes = takePending();
            while (!changes.content() && !changes.templates()) {
                changes = changes.and(read(service.take()));
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS);
            for (WatchKey key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); key != null;
                    key = System.nanoTime() < deadline ? service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : null) {
                changes = changes.and(read(key));
            }
            return Optional.of(changes);
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a change that a build reads came since {@link #next} returned, without waiting; the
     * next call of {@link #next} returns it. Thread-safe.
     */
    boolean pending() {
        synchronized (this) {
            try {
                for (WatchKey key = service.poll(); key != null; key = service.poll()) {
                    pending = pending.and(read(key));
                }
            } catch (ClosedWatchServiceException e) {
                return true;
            }
            return pending.content() || pending.templates();
        }
    }

    private synchronized Changes takePending() {
        Changes changes = pending;
        pending = new Changes(false, false);
        return changes;
    }

    /** What the events of {@code key} changed; the key is made ready for more. */
    private Changes read(WatchKey key) {
        boolean templates = templatesByKey.getOrDefault(key, false);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
            } else if (event.context() instanceof Path name) {
                changed |= templates ? template(name.toString()) : content(name.toString());
            }
        }
        key.reset();
        return new Changes(changed && !templates, changed && templates);
    }

    private static boolean content(String name) {
        return name.endsWith(".md") || name.equals("releases.yaml");
    }

    private static boolean template(String name) {
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp") && !name.endsWith(".tmp");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing is left to watch either way.
        }
    }
}
