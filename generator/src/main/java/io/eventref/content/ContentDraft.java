package io.eventref.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * Everything read from a content folder, as written: the releases (and the parsed
 * {@code releases.yaml} for schema checks, null when unreadable) and the files sorted by path.
 */
public record ContentDraft(String releasesPath, JsonNode releasesDocument, List<ReleaseDraft> releases,
        List<FileDraft> files) {

    public ContentDraft {
        Objects.requireNonNull(releasesPath, "releasesPath");
        releases = List.copyOf(releases);
        files = List.copyOf(files);
    }

    public List<FileDraft> files(FileKind kind) {
        return files.stream().filter(file -> file.kind() == kind).toList();
    }
}
