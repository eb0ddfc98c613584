package io.eventref.model;

import java.util.Objects;

/**
 * A Dovecot release the reference speaks of. {@code released} is false for a version that
 * markers name but that never shipped as such; {@code date} (ISO) and {@code note} may be null.
 */
public record Release(Version version, boolean released, String date, String note) {

    public Release {
        Objects.requireNonNull(version, "version");
    }
}
