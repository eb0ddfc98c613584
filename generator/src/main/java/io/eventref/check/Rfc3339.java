package io.eventref.check;

/**
 * The timestamp string Dovecot's {@code time-rfc3339} format writes, {@code YYYY-MM-DDTHH:MM:SS.uuuuuuZ};
 * the same test as the schemas' pattern with its maxLength, without a regex.
 */
final class Rfc3339 {

    static final int LENGTH = 27;
    private static final String SHAPE = "0000-00-00T00:00:00.000000Z";

    private Rfc3339() {
    }

    /** Whether {@code chars[offset, offset + length)} is such a timestamp; no copy, for the parser's buffer. */
    static boolean matches(char[] chars, int offset, int length) {
        if (length != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char expected = SHAPE.charAt(i);
            char actual = chars[offset + i];
            if (expected == '0' ? actual < '0' || actual > '9' : actual != expected) {
                return false;
            }
        }
        return true;
    }
}
