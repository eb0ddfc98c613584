package io.eventref.content;

import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A version marker as written: {@code Changed in version 2.3.11: note}; {@code note} may be empty. */
public record Marker(MarkerKind kind, Version version, String note, SourceRef source) {

    /** How the note of a {@link MarkerKind#RENAMED} marker starts: {@code from `old_name`}. */
    static final Pattern RENAMED_FROM = Pattern.compile("from\\s+`([^`]+)`[.;,]?\\s*");

    public Marker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
    }

    /** The old name of a {@link MarkerKind#RENAMED} marker; empty for the other kinds. */
    public Optional<String> renamedFrom() {
        if (kind != MarkerKind.RENAMED) {
            return Optional.empty();
        }
        Matcher matcher = RENAMED_FROM.matcher(note);
        return matcher.lookingAt() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** What a {@link MarkerKind#RENAMED} marker says besides the old name; null when nothing. */
    public String renameNote() {
        Matcher matcher = RENAMED_FROM.matcher(note);
        if (kind != MarkerKind.RENAMED || !matcher.lookingAt()) {
            return null;
        }
        String rest = note.substring(matcher.end()).strip();
        return rest.isEmpty() ? null : rest;
    }
}
