package io.eventref.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Dovecot's wildcard patterns, as event filters match names and values with them: {@code *} stands
 * for any run of characters, {@code ?} for any one, and a backslash makes the next character
 * literal ({@code \*}), as Dovecot 2.4 reads them.
 */
public final class Wildcard {

    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;

    private Wildcard() {
    }

    /** Whether {@code pattern} has a {@code *} or {@code ?} that is not escaped. */
    public static boolean hasWildcards(String pattern) {
        for (int element : elements(pattern)) {
            if (element < 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code pattern} without its escapes: what it matches when it has no wildcards. */
    public static String literal(String pattern) {
        StringBuilder text = new StringBuilder();
        for (int element : elements(pattern)) {
            text.appendCodePoint(element == ANY_RUN ? '*' : element == ANY_ONE ? '?' : element);
        }
        return text.toString();
    }

    /** Whether {@code text} matches {@code pattern}; {@code ignoreCase} compares letters case-insensitively. */
    public static boolean matches(String pattern, String text, boolean ignoreCase) {
        Objects.requireNonNull(text, "text");
        int[] elements = elements(ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern);
        int[] chars = (ignoreCase ? text.toLowerCase(Locale.ROOT) : text).codePoints().toArray();
        int p = 0;
        int t = 0;
        int starAt = -1;
        int resumeAt = 0;
        while (t < chars.length) {
            if (p < elements.length && (elements[p] == ANY_ONE || elements[p] == chars[t])) {
                p++;
                t++;
            } else if (p < elements.length && elements[p] == ANY_RUN) {
                starAt = p++;
                resumeAt = t;
            } else if (starAt >= 0) {
                p = starAt + 1;
                t = ++resumeAt;
            } else {
                return false;
            }
        }
        while (p < elements.length && elements[p] == ANY_RUN) {
            p++;
        }
        return p == elements.length;
    }

    /** The pattern as code points, with {@link #ANY_RUN} and {@link #ANY_ONE} for the wildcards. */
    private static int[] elements(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        int[] source = pattern.codePoints().toArray();
        int[] elements = new int[source.length];
        int count = 0;
        for (int i = 0; i < source.length; i++) {
            int c = source[i];
            if (c == '\\' && i + 1 < source.length) {
                elements[count++] = source[++i];
            } else if (c == '*') {
                elements[count++] = ANY_RUN;
            } else if (c == '?') {
                elements[count++] = ANY_ONE;
            } else {
                elements[count++] = c;
            }
        }
        return Arrays.copyOf(elements, count);
    }
}
