package io.eventref.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The site path a request asks for, from the raw path of its URL ({@code /events/mail_opened.html}
 * → {@code events/mail_opened.html}, {@code /} → {@code index.html}), or nothing when the request
 * could mean anything but a file of the site: a {@code .} or {@code ..} segment, written plainly or
 * percent-encoded; an encoded slash, backslash or control character; a backslash; an empty segment;
 * an escape that is not two hex digits or bytes that are not UTF-8. Only the decoded segments reach
 * the site's map of files, and nothing is ever looked up on disk.
 */
final class RequestPath {

    private RequestPath() {
    }

    /** The site path that {@code rawPath} names, or empty when it is refused. */
    static Optional<String> of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            boolean last = i == raw.length - 1;
            if (raw[i].isEmpty()) {
                if (!last) {
                    return Optional.empty();
                }
                segments.add("index.html");
                continue;
            }
            Optional<String> segment = decode(raw[i]);
            if (segment.isEmpty() || !allowed(segment.get())) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(String.join("/", segments));
    }

    private static boolean allowed(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The segment with its percent escapes decoded as UTF-8; empty when one is malformed or the
     * segment holds what a URL's path cannot (a space, a character beyond ASCII).
     */
    private static Optional<String> decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                if (c <= 0x20 || c >= 0x7f) {
                    return Optional.empty();
                }
                bytes.write(c);
                continue;
            }
            if (i + 2 >= segment.length() || !HexFormat.isHexDigit(segment.charAt(i + 1))
                    || !HexFormat.isHexDigit(segment.charAt(i + 2))) {
                return Optional.empty();
            }
            bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
