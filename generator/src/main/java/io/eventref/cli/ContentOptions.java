package io.eventref.cli;

import io.eventref.build.ReferenceLoader;
import io.eventref.model.Reference;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
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

    /**
     * The reference the content folder holds; when the content has errors, they are printed to
     * {@code err} and the result is empty.
     */
    Optional<Reference> loadReference(PrintWriter err) {
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(contentFolder(), displayFolder());
        if (loaded.reference().isEmpty()) {
            DiagnosticFormat.TEXT.print(loaded.diagnostics(), err);
        }
        return loaded.reference();
    }

    /** How messages name the content folder: relative to the working directory where possible. */
    String displayFolder() {
        return Paths.display(contentFolder());
    }
}
