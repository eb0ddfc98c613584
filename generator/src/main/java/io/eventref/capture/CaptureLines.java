package io.eventref.capture;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The lines of a capture ({@code \n} or {@code \r\n}) as bytes, in memory bounded by the longest
 * line kept (the buffer grows to at most twice {@code max}): a line over {@code max} bytes is passed
 * over and flagged {@link #tooLong}. Not
 * thread-safe; does not close the stream.
 */
final class CaptureLines {

    private final InputStream in;
    private final int max;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int limit;
    private boolean eof;
    private long number;
    private int offset;
    private int length;
    private boolean tooLong;

    CaptureLines(InputStream in, int max) {
        this.in = Objects.requireNonNull(in, "in");
        this.max = max;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        int scanned = 0;
        while (true) {
            for (int i = start + scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    take(i, i + 1);
                    return true;
                }
            }
            if (eof) {
                if (start == limit) {
                    return false;
                }
                take(limit, limit);
                return true;
            }
            scanned = limit - start;
            if (scanned > max) {
                passOver();
                return true;
            }
            fill();
        }
    }

    private void take(int end, int next) {
        number++;
        offset = start;
        length = end - start - (end > start && buffer[end - 1] == '\r' ? 1 : 0);
        start = next;
        if (length > max) {
            tooLong = true;
            length = 0;
        }
    }

    /** Moves the partial line to the start of the buffer (growing it when full) and reads more. */
    private void fill() throws IOException {
        System.arraycopy(buffer, start, buffer, 0, limit - start);
        limit -= start;
        start = 0;
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    /** The current line is too long: drops it up to its end. */
    private void passOver() throws IOException {
        number++;
        tooLong = true;
        offset = 0;
        length = 0;
        while (true) {
            for (int i = start; i < limit; i++) {
                if (buffer[i] == '\n') {
                    start = i + 1;
                    return;
                }
            }
            start = 0;
            limit = 0;
            if (eof) {
                return;
            }
            fill();
        }
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    /** Whether the current line was over the limit (then it is empty). */
    boolean tooLong() {
        return tooLong;
    }

    byte[] bytes() {
        return buffer;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }
}
