package io.eventref.capture;

import java.util.Objects;

/**
 * The server a capture was taken from, as {@code conformance/run} recorded it beside the capture:
 * what {@code dovecot --version} printed, the Debian package and its version, and the system it
 * ran on; each "" when not recorded.
 */
public record Server(String dovecot, String debianPackage, String system) {

    /** Nothing recorded. */
    public static final Server UNKNOWN = new Server("", "", "");

    public Server {
        Objects.requireNonNull(dovecot, "dovecot");
        Objects.requireNonNull(debianPackage, "debianPackage");
        Objects.requireNonNull(system, "system");
    }
}
