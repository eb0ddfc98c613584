package io.eventref.model;

import java.util.Objects;

/** A position in a content file: the path as the user gave it, 1-based line and column. */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line, column: 1-based, got " + line + ":" + column);
        }
    }

    /** The start of {@code file}, for problems with the file as a whole. */
    public static SourceRef startOf(String file) {
        return new SourceRef(file, 1, 1);
    }

    @Override
    public int compareTo(SourceRef other) {
        int c = file.compareTo(other.file);
        if (c == 0) {
            c = Integer.compare(line, other.line);
        }
        return c != 0 ? c : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
