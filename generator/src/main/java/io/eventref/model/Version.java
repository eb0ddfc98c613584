package io.eventref.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Dovecot release number such as {@code 2.3.10}, compared numerically ({@code 2.3.10} is after
 * {@code 2.3.9}). {@code v2.3.7} and {@code 2.3.7} parse to the same value. Immutable.
 */
public record Version(List<Integer> parts) implements Comparable<Version> {

    private static final Pattern SYNTAX = Pattern.compile("v?\\d+(\\.\\d+)+");
    /** The largest number a part of a version may be. */
    public static final int MAX_PART = Integer.MAX_VALUE;

    public Version {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (parts.size() < 2) {
            throw new IllegalArgumentException("parts: a version has at least two numbers, got " + parts);
        }
    }

    /**
     * Whether {@code text} is a version as content may write it: {@code 2.3.7} or {@code v2.3.7},
     * each part at most {@link #MAX_PART}.
     */
    public static boolean isValid(String text) {
        if (text == null || !SYNTAX.matcher(text).matches()) {
            return false;
        }
        for (String part : (text.startsWith("v") ? text.substring(1) : text).split("\\.")) {
            String digits = part.replaceFirst("^0+(?=.)", "");
            if (digits.length() > 10 || Long.parseLong(digits) > MAX_PART) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses {@code 2.3.7} or {@code v2.3.7}.
     *
     * @throws IllegalArgumentException when {@code text} is not a version; check with {@link #isValid} first
     */
    public static Version parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("text: not a version: " + text);
        }
        String digits = text.startsWith("v") ? text.substring(1) : text;
        List<Integer> parts = new ArrayList<>();
        for (String part : digits.split("\\.")) {
            parts.add(Integer.parseInt(part));
        }
        return new Version(parts);
    }

    @Override
    public int compareTo(Version other) {
        int common = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < common; i++) {
            int c = Integer.compare(parts.get(i), other.parts.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    public boolean isAfter(Version other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Version other) {
        return compareTo(other) < 0;
    }

    /** The later of two versions where {@code null} means "since before the first release". */
    public static Version later(Version a, Version b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The earlier of two versions where {@code null} means "never". */
    public static Version earlier(Version a, Version b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int part : parts) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(part);
        }
        return text.toString();
    }
}
