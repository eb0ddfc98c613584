package io.eventref.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A new build's folder, filled as files come: a file that the published build has with the same
 * bytes is hard-linked from it (no data is written, and the file keeps its identity and time, so
 * caches and copying tools see it unchanged); any other file is written. The published build is
 * only read, and never through a symbolic link: a file under a link, or a link itself, counts as
 * absent. Where a link cannot be made (another file system, no hard links), the file is written.
 * Thread-safe.
 */
final class BuildFolder implements OutputSink {

    private final Path folder;
    /** The published build, or null. */
    private final Path previous;
    private final DiskStep step;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    /** The folders made so far; a folder is in it only once it exists. */
    private final Map<Path, Boolean> made = new ConcurrentHashMap<>();
    /** Folders of the published build, by whether they and every folder above are plain folders. */
    private final Map<Path, Boolean> plain = new ConcurrentHashMap<>();
    private final LongAdder linked = new LongAdder();
    private final LongAdder written = new LongAdder();

    BuildFolder(Path folder, Path previous, DiskStep step) {
        this.folder = folder;
        this.previous = previous;
        this.step = step;
        if (previous != null) {
            plain.put(previous, Boolean.TRUE);
        }
    }

    @Override
    public void write(OutputFile file) {
        if (!paths.add(file.path())) {
            throw new IllegalArgumentException("file: " + file.path() + " is written twice");
        }
        Path target = folder.resolve(file.path());
        try {
            // computeIfAbsent holds back the other writers into the same folder until it is made.
            made.computeIfAbsent(target.getParent(), this::makeFolder);
            Path same = previous == null ? null : unchanged(previous.resolve(file.path()), file.content());
            if (same != null && link(same, target)) {
                linked.increment();
                return;
            }
            step.before(DiskStep.Kind.WRITE, target);
            Files.write(target, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.increment();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files hard-linked from the published build so far. */
    long linked() {
        return linked.sum();
    }

    /** The files written so far. */
    long written() {
        return written.sum();
    }

    private Boolean makeFolder(Path path) {
        try {
            step.before(DiskStep.Kind.FOLDER, path);
            Files.createDirectories(path);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code old} when it is a plain file, in plain folders, holding exactly {@code content}; else null. */
    private Path unchanged(Path old, byte[] content) {
        try {
            if (!isPlainFolder(old.getParent())) {
                return null;
            }
            BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != content.length) {
                return null;
            }
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(old, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS))) {
                return Arrays.equals(in.readNBytes(content.length + 1), content) ? old : null;
            }
        } catch (IOException e) {
            // Missing, unreadable or replaced meanwhile: the file is written anew.
            return null;
        }
    }

    private boolean isPlainFolder(Path path) {
        Boolean known = plain.get(path);
        if (known != null) {
            return known;
        }
        boolean result = path.startsWith(previous) && isPlainFolder(path.getParent())
                && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        plain.put(path, result);
        return result;
    }

    /** Hard-links {@code existing} as {@code target}; false when this file system cannot. */
    private boolean link(Path existing, Path target) throws IOException {
        step.before(DiskStep.Kind.LINK, target);
        try {
            Files.createLink(target, existing);
            return true;
        } catch (FileSystemException | UnsupportedOperationException e) {
            return false;
        }
    }
}
