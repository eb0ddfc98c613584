package io.eventref.capture;

import io.eventref.model.Version;
import java.util.Objects;

/**
 * One conformance run: the Dovecot release it ran (the capture's file name), the capture's path as
 * the user gave it, the server, and what the capture holds.
 */
public record Run(Version release, String file, Server server, Capture capture) {

    public Run {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(capture, "capture");
    }
}
