package io.eventref.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code eventref -V}: the version of the POM and the commit the jar was built from, both written
 * next to this class when it is built ({@code version.properties}, {@code commit.txt}; the commit
 * only in a git checkout, "-dirty" when it had changed files).
 */
final class VersionProvider implements IVersionProvider {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}(-dirty)?");

    @Override
    public String[] getVersion() {
        return new String[] {line(resource("version.properties"), resource("commit.txt"))};
    }

    /** "eventref 0.1.0 (commit 5d393d2f1a2b)" from the two resources' text (null when missing). */
    static String line(String versionProperties, String commitText) {
        Properties properties = new Properties();
        if (versionProperties != null) {
            try {
                properties.load(new java.io.StringReader(versionProperties));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String version = properties.getProperty("version", "(version unknown)");
        String commit = commitText == null ? "" : commitText.strip();
        return "eventref " + version + (COMMIT.matcher(commit).matches() ? " (commit " + commit + ")"
                : " (commit unknown: not built from a git checkout)");
    }

    private static String resource(String name) {
        try (InputStream in = VersionProvider.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
