package io.eventref.capture;

import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code unreached-reasons.tsv}: why the workload does not reach an event ({@code event}: a
 * name, or a prefix ending in {@code *}) in the releases of {@code series} ({@code 2.3}, {@code 2.4},
 * or {@code *} for all).
 */
public record UnreachedReason(String event, String series, String reason, SourceRef source) {

    public UnreachedReason {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the row speaks of the event called {@code name} in {@code release}. */
    public boolean appliesTo(String name, Version release) {
        String version = release.toString();
        boolean inSeries = series.equals("*") || series.equals(version) || version.startsWith(series + ".");
        boolean named = event.endsWith("*") ? name.startsWith(event.substring(0, event.length() - 1))
                : name.equals(event);
        return inSeries && named;
    }

    /** The reason of the first of {@code rows} that applies to {@code name} in {@code release}. */
    public static Optional<String> first(List<UnreachedReason> rows, String name, Version release) {
        return rows.stream().filter(row -> row.appliesTo(name, release)).map(UnreachedReason::reason).findFirst();
    }
}
