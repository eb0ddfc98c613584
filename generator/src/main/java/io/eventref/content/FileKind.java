package io.eventref.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content file, as front matter's {@code kind} names them. */
public enum FileKind {
    SECTION("section"),
    CATEGORIES("categories"),
    GLOBAL_FIELDS("global-fields");

    private final String id;

    FileKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FileKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
