package io.eventref.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file of the built site: its path relative to the site folder ({@code events/mail_opened.html},
 * forward slashes) and its bytes. The array is not copied: do not change it after handing it over.
 */
public record OutputFile(String path, byte[] content) {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (!SAFE_PATH.matcher(path).matches() || path.startsWith(".") || path.contains("/.")) {
            throw new IllegalArgumentException("path: not a safe relative path: " + path);
        }
    }

    /** A text file, encoded as UTF-8. */
    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
