package io.eventref.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say where the content is; shared by the commands that read it. */
final class ContentOptions {

    /** The project root that default folders are relative to: {@code -Deventref.home}, else the working directory. */
    static Path home() {
        String home = System.getProperty("eventref.home");
        return Path.of(home == null || home.isBlank() ? "" : home);
    }

    @Option(names = "--content", paramLabel = "DIR",
            description = "The content folder (default: content/ of the project).")
    Path content;

    Path contentFolder() {
        return content != null ? content : home().resolve("content");
    }

    /** How messages name the content folder: relative to the working directory where possible. */
    String displayFolder() {
        return Paths.display(contentFolder());
    }
}
