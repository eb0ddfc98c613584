package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One published schema: its site path ({@code schemas/2.3.21/mail_opened.schema.json}) and its
 * tree. The tree is not copied: nobody may change it after it is built.
 */
public record SchemaDocument(String path, ObjectNode tree) {

    public SchemaDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tree, "tree");
    }
}
