package io.eventref.upgrade;

import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the check found about a name the config mentions: how much it matters, a stable rule id
 * ({@code field-renamed}, ...), where in the config the name is, and a message in inline Markdown.
 * {@code name} is the name as the config writes it; {@code replacement} what to write instead in the
 * newer release (null when there is nothing to write instead); {@code release} the release in which
 * it happened (null when it did not happen in one).
 */
public record Finding(Impact severity, String rule, SourceRef at, String message, String name, String replacement,
        Version release) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::at)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(name, "name");
    }

    /** Most severe first, then by position. */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
