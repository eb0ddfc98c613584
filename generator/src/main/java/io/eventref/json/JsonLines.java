package io.eventref.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding them, in constant
 * memory: one buffer that grows only to the longest line, up to a limit beyond which a line is
 * skipped and reported as too long. What check-events checks and what the site reads of the
 * conformance captures are read so. Not thread-safe; does not close the stream.
 */
public final class JsonLines {

    /** Longer lines are not checked. Dovecot's lines are a few hundred bytes. */
    public static final int DEFAULT_MAX_LINE = 16 * 1024 * 1024;

    private final InputStream in;
    private final int maxLine;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int limit;
    private boolean eof;
    private long number;
    private int lineStart;
    private int lineLength;
    private boolean tooLong;

    public JsonLines(InputStream in, int maxLine) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxLine = maxLine;
    }

    /** Moves to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        tooLong = false;
        int scanFrom = start;
        while (true) {
            int newline = indexOf((byte) '\n', scanFrom, limit);
            if (newline >= 0) {
                take(newline, newline + 1);
                return true;
            }
            if (eof) {
                if (start == limit) {
                    return false;
                }
                take(limit, limit);
                return true;
            }
            scanFrom = limit;
            if (limit - start >= maxLine) {
                skipRest();
                return true;
            }
            scanFrom -= start;
            fill();
            scanFrom += start;
        }
    }

    private void take(int end, int next) {
        number++;
        lineStart = start;
        lineLength = end - start;
        if (lineLength > 0 && buffer[end - 1] == '\r') {
            lineLength--;
        }
        start = next;
        if (lineLength > maxLine) {
            // a line over the limit that the buffer (64 KiB at first) held whole
            tooLong = true;
            lineStart = 0;
            lineLength = 0;
        }
    }

    /** Reads more into the buffer, first moving the partial line to its start or growing it. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, limit - start);
            limit -= start;
            start = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLine + 1));
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    /** The current line is longer than allowed: drop it up to its end. */
    private void skipRest() throws IOException {
        number++;
        tooLong = true;
        lineStart = 0;
        lineLength = 0;
        start = limit;
        while (true) {
            int newline = indexOf((byte) '\n', start, limit);
            if (newline >= 0) {
                start = newline + 1;
                return;
            }
            start = 0;
            limit = 0;
            if (eof) {
                return;
            }
            fill();
        }
    }

    private int indexOf(byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based number of the current line. */
    public long number() {
        return number;
    }

    /** Whether the current line was too long to be kept (then it is empty). */
    public boolean tooLong() {
        return tooLong;
    }

    public byte[] bytes() {
        return buffer;
    }

    public int offset() {
        return lineStart;
    }

    public int length() {
        return lineLength;
    }
}
