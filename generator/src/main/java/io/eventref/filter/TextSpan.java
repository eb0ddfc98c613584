package io.eventref.filter;

/** A stretch of a filter's text: {@code start} inclusive, {@code end} exclusive, both 0-based offsets. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("start, end: 0 <= start <= end, got " + start + ", " + end);
        }
    }
}
