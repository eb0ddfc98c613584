package io.eventref.config;

import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Text read from a configuration file in which every character knows where it was written: a value
 * joined from continued lines or taken out of quotes still points at the file, line and column of
 * each of its characters. Immutable.
 */
public final class SourceText {

    private final String text;
    private final String file;
    private final int[] lines;
    private final int[] columns;
    private final SourceRef end;

    private SourceText(String text, String file, int[] lines, int[] columns, SourceRef end) {
        this.text = text;
        this.file = file;
        this.lines = lines;
        this.columns = columns;
        this.end = end;
    }

    /** Text written in one run on one line, starting at {@code start}. */
    public static SourceText of(String text, SourceRef start) {
        Builder builder = new Builder(start.file());
        for (int i = 0; i < text.length(); i++) {
            builder.append(text.charAt(i), start.line(), start.column() + i);
        }
        return builder.build(new SourceRef(start.file(), start.line(), start.column() + text.length()));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Where the character at {@code index} was written; {@code index == length()} is just after the last one. */
    public SourceRef at(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("index: 0 to " + text.length() + ", got " + index);
        }
        return index == text.length() ? end : new SourceRef(file, lines[index], columns[index]);
    }

    /** Where the text starts (for empty text: where it would have been). */
    public SourceRef start() {
        return at(0);
    }

    /** The characters from {@code start} (inclusive) to {@code end} (exclusive), with their positions. */
    public SourceText slice(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("start, end: within 0.." + text.length() + ", got " + start + ", " + end);
        }
        return new SourceText(text.substring(start, end), file, Arrays.copyOfRange(lines, start, end),
                Arrays.copyOfRange(columns, start, end), at(end));
    }

    /** The words of the text, split at white space, each with its offset in this text. */
    public List<Word> words() {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(text.substring(start, i), start, at(start)));
            }
        }
        return List.copyOf(words);
    }

    /** A word of the text: what it says, its offset in the text, and where it was written. */
    public record Word(String text, int offset, SourceRef at) {
        public Word {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** Collects characters with their positions. Not thread-safe. */
    static final class Builder {

        private final String file;
        private final StringBuilder text = new StringBuilder();
        private int[] lines = new int[32];
        private int[] columns = new int[32];

        Builder(String file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        Builder append(char c, int line, int column) {
            if (text.length() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                columns = Arrays.copyOf(columns, columns.length * 2);
            }
            lines[text.length()] = line;
            columns[text.length()] = column;
            text.append(c);
            return this;
        }

        Builder append(SourceText more) {
            for (int i = 0; i < more.length(); i++) {
                SourceRef at = more.at(i);
                append(more.text().charAt(i), at.line(), at.column());
            }
            return this;
        }

        int length() {
            return text.length();
        }

        /** The text so far; {@code end} is where it ends (just after the last character). */
        SourceText build(SourceRef end) {
            int length = text.length();
            return new SourceText(text.toString(), file, Arrays.copyOf(lines, length), Arrays.copyOf(columns, length),
                    Objects.requireNonNull(end, "end"));
        }
    }
}
