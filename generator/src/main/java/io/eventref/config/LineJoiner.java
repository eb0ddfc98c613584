package io.eventref.config;

import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.util.Optional;

/**
 * Turns the physical lines of one file into logical lines as Dovecot does: leading and trailing
 * white space dropped, blank lines and {@code #} comments skipped, a {@code #} outside quotes ending
 * the line (with a warning when no space precedes it, as Dovecot warns), and a line ending in
 * {@code \} continued by the next one, joined with one space. Not thread-safe.
 */
final class LineJoiner {

    private final String file;
    private final Diagnostics diagnostics;
    private SourceText.Builder pending;

    LineJoiner(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The logical line that physical line {@code number} completes, if it completes one. */
    Optional<SourceText> accept(String line, int number) {
        int start = 0;
        while (start < line.length() && ConfigLine.isSpace(line.charAt(start))) {
            start++;
        }
        if (start == line.length() || line.charAt(start) == '#') {
            return Optional.empty();
        }
        int end = commentStart(line, start, number);
        while (end > start && ConfigLine.isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (pending == null) {
            pending = new SourceText.Builder(file);
        }
        if (end > start && line.charAt(end - 1) == '\\') {
            int kept = end - 1;
            while (kept > start && ConfigLine.isSpace(line.charAt(kept - 1))) {
                kept--;
            }
            if (kept > start) {
                append(line, start, kept, number);
                pending.append(' ', number, kept + 1);
            }
            return Optional.empty();
        }
        append(line, start, end, number);
        SourceText logical = pending.build(new SourceRef(file, number, end + 1));
        pending = null;
        return logical.isEmpty() ? Optional.empty() : Optional.of(logical);
    }

    /** What is left when the file ends in the middle of a continued line. */
    Optional<SourceText> finish(int lastLine) {
        if (pending == null || pending.length() == 0) {
            return Optional.empty();
        }
        SourceText logical = pending.build(new SourceRef(file, Math.max(1, lastLine), 1));
        pending = null;
        return Optional.of(logical);
    }

    private void append(String line, int start, int end, int number) {
        for (int i = start; i < end; i++) {
            pending.append(line.charAt(i), number, i + 1);
        }
    }

    /** Where a comment starts on the line (quotes respected), or the line's length. */
    private int commentStart(String line, int from, int number) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != c) {
                    j += line.charAt(j) == '\\' && j + 1 < line.length() ? 2 : 1;
                }
                if (j >= line.length()) {
                    return line.length();
                }
                i = j;
            } else if (c == '#') {
                if (!ConfigLine.isSpace(line.charAt(i - 1))) {
                    diagnostics.warning(new SourceRef(file, number, i + 1), "ambiguous-comment",
                            "'#' starts a comment here, as Dovecot reads it; put a space before it to say so,"
                                    + " or quote the value if it belongs to it");
                }
                return i;
            }
        }
        return line.length();
    }
}
