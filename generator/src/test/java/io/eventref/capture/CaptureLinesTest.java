package io.eventref.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureLinesTest {

    private static List<String> lines(InputStream in, int max) throws IOException {
        CaptureLines lines = new CaptureLines(in, max);
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(lines.number() + (lines.tooLong() ? "!" : ":")
                    + new String(lines.bytes(), lines.offset(), lines.length(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Gives at most three bytes a read, so that every line is split across reads. */
    private static InputStream trickle(String text) {
        InputStream in = bytes(text);
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in.read(b, off, Math.min(len, 3));
            }
        };
    }

    @Test
    void splitsOnLfAndCrLfAndKeepsALastLineWithoutEnd() throws IOException {
        assertThat(lines(bytes("a\r\nb\n\nc"), 100)).containsExactly("1:a", "2:b", "3:", "4:c");
        assertThat(lines(bytes(""), 100)).isEmpty();
        assertThat(lines(bytes("a\n"), 100)).containsExactly("1:a");
    }

    @Test
    void linesSplitAcrossReadsAndLongerThanTheBufferComeWhole() throws IOException {
        String line = "y".repeat(200_000);

        assertThat(lines(trickle("x\nabcdefgh\nz"), 100)).containsExactly("1:x", "2:abcdefgh", "3:z");
        assertThat(lines(bytes("x\n" + line + "\nz\n"), 300_000)).containsExactly("1:x", "2:" + line, "3:z");
    }

    @Test
    void aLineOverTheLimitIsPassedOverAndFlaggedAndCountsAsALine() throws IOException {
        String line = "y".repeat(100_000);

        assertThat(lines(bytes("x\n" + line + "\nz\n"), 1000)).containsExactly("1:x", "2!", "3:z");
        assertThat(lines(bytes("x\n" + line), 1000)).containsExactly("1:x", "2!");
        assertThat(lines(bytes("x\n" + "y".repeat(70_000) + "\nz\n"), 65_000)).as("over the limit, in the buffer")
                .containsExactly("1:x", "2!", "3:z");
    }
}
