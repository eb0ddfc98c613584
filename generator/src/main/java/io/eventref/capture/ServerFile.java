package io.eventref.capture;

import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads {@code <release>.server}, the server a capture was taken from: {@code key: value} lines. */
final class ServerFile {

    private static final String RULE = "capture-server";

    private ServerFile() {
    }

    /** The server {@code file} records; {@link Server#UNKNOWN} when there is no such file. */
    static Server read(Path file, String display, Diagnostics warnings) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Server.UNKNOWN;
        }
        String dovecot = "";
        String debianPackage = "";
        String system = "";
        List<String> lines = ConformanceReader.lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            switch (key) {
                case "dovecot" -> dovecot = value;
                case "package" -> debianPackage = value;
                case "system" -> system = value;
                default -> warnings.warning(new SourceRef(display, i + 1, 1), RULE, "expected 'dovecot: ...',"
                        + " 'package: ...' or 'system: ...'; the line is left out");
            }
        }
        return new Server(dovecot, debianPackage, system);
    }
}
