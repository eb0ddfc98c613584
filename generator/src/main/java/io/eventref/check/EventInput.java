package io.eventref.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens exported event lines: plain or gzip-compressed (told by the gzip magic bytes, not the
 * name, so a compressed stdin works too). The caller closes the stream.
 */
public final class EventInput {

    private static final int BUFFER = 64 * 1024;

    private EventInput() {
    }

    public static InputStream open(Path file) throws IOException {
        return decompressed(Files.newInputStream(file));
    }

    /** {@code raw}, decompressed when it starts with the gzip magic bytes; closing the result closes {@code raw}. */
    public static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == 0x1f && second == 0x8b) {
            return new GZIPInputStream(buffered, BUFFER);
        }
        return buffered;
    }
}
