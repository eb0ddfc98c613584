package io.eventref.schema;

import java.util.Objects;

/** A schema made afresh for a folder (not reused from the previous one): its tree, and its text as published. */
public record FreshSchema(SchemaDocument document, String json) {

    public FreshSchema {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(json, "json");
    }
}
