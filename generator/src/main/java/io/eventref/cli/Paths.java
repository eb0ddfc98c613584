package io.eventref.cli;

import java.nio.file.Path;

/** Paths shown to the user: relative to the working directory when inside it, with forward slashes. */
final class Paths {

    private Paths() {
    }

    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path working = Path.of("").toAbsolutePath();
        Path shown = absolute.startsWith(working) ? working.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
