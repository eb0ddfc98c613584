package io.eventref.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive right to publish one site: an operating-system lock on a file in its folder of
 * builds, so it is released when its holder ends, even when killed. The file names the holder's
 * process for the message a second build gets. Close to release.
 */
final class SiteLock implements AutoCloseable {

    /**
     * The lock files this JVM holds. The operating system's locks belong to a process, and closing
     * any channel of a locked file releases them, so a second build in the same JVM must be turned
     * away here, before it opens the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock in {@code file} (made if missing) for publishing {@code site}, without waiting.
     *
     * @throws SiteWriter.BusyException when another build holds it
     */
    static SiteLock acquire(Path file, Path site) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            throw new SiteWriter.BusyException(site, "another build in this process");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new SiteWriter.BusyException(site, holder(key));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return new SiteLock(key, channel, lock);
        } catch (IOException | RuntimeException | Error e) {
            HELD.remove(key);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Who holds the lock, as its file says ("process 1234"); "another build" when it cannot be told. */
    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.matches("process [0-9]+") ? "another build (" + text + ")" : "another build";
        } catch (IOException | RuntimeException e) {
            return "another build";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // Emptied first, so that the file names a process only while it holds the lock.
            try {
                channel.truncate(0);
            } catch (IOException e) {
                // the name of a process that has ended misleads no one for long
            }
            lock.release();
            channel.close();
        } finally {
            HELD.remove(file);
        }
    }
}
