package io.eventref.check;

/**
 * Text from an input line made safe to print on a terminal: characters that could move the cursor,
 * recolour or reorder text, or start a line of their own (C0 and C1 controls, DEL, line and
 * paragraph separators, bidirectional overrides) are shown escaped, as {@code \u001b}; and names
 * are cut to a length that a report can show. An input line thus cannot forge report lines.
 */
final class Printable {

    /** Names longer than this are cut in reports and tallies. */
    static final int MAX_NAME = 200;

    private Printable() {
    }

    /** {@code text} with every unsafe character escaped. */
    static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                safe.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** {@code name} cut after {@link #MAX_NAME} characters (marked with "..."). */
    static String cut(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
        return name.substring(0, end) + "...";
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u061c'
                || c == '\u200e' || c == '\u200f';
    }
}
