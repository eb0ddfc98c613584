package io.eventref.content;

import io.eventref.model.SourceRef;
import java.util.Arrays;

/** Maps character offsets of one file's text to 1-based line and column positions. */
final class LineIndex {

    private final String path;
    private final int[] lineStarts;

    LineIndex(String path, CharSequence text) {
        this.path = path;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    SourceRef at(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourceRef(path, line + 1, offset - lineStarts[line] + 1);
    }

    SourceRef line(int oneBasedLine) {
        return new SourceRef(path, oneBasedLine, 1);
    }
}
