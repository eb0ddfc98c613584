package io.eventref.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static List<String> lines(InputStream in, int maxLine) throws IOException {
        JsonLines reader = new JsonLines(in, maxLine);
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(reader.number() + (reader.tooLong() ? "!" : ":")
                    + new String(reader.bytes(), reader.offset(), reader.length(), StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsOnLfAndCrLfAndKeepsALastLineWithoutEnd() throws IOException {
        assertThat(lines(bytes("a\r\nb\n\nc"), 100)).containsExactly("1:a", "2:b", "3:", "4:c");
        assertThat(lines(bytes(""), 100)).isEmpty();
        assertThat(lines(bytes("a\n"), 100)).containsExactly("1:a");
    }

    @Test
    void linesLongerThanTheBufferAndSplitAcrossReadsComeWhole() throws IOException {
        String longLine = "y".repeat(200_000);
        InputStream trickle = new InputStream() {
            private final InputStream in = bytes("x\n" + longLine + "\nz\n");

            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in.read(b, off, Math.min(len, 777));
            }
        };

        assertThat(lines(trickle, JsonLines.DEFAULT_MAX_LINE)).containsExactly("1:x", "2:" + longLine, "3:z");
    }

    @Test
    void aLineOverTheLimitIsSkippedAndFlaggedAndReadingGoesOn() throws IOException {
        String huge = "h".repeat(300_000);

        assertThat(lines(bytes("a\n" + huge + "\nb\n" + huge), 100_000))
                .containsExactly("1:a", "2!", "3:b", "4!");
    }

    @Test
    void aLineOverTheLimitThatTheBufferHoldsWholeIsFlaggedToo() throws IOException {
        assertThat(lines(bytes("x\n" + "y".repeat(2_000) + "\nz\n"), 1_000)).containsExactly("1:x", "2!", "3:z");
        assertThat(lines(bytes("x\n" + "y".repeat(70_000) + "\nz\n"), 65_000)).containsExactly("1:x", "2!", "3:z");
    }
}
