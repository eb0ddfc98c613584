package io.eventref.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.eventref.content.FileDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;

/**
 * {@code front-matter} and {@code releases}: the structural metadata is as the JSON Schemas in
 * {@code schemas/} describe it (content-metadata.schema.json, releases.schema.json).
 */
final class MetadataSchemaRule implements Rule {

    private final Schema frontMatter;
    private final Schema releases;

    MetadataSchemaRule(OwnSchemas schemas) {
        this.frontMatter = schemas.load(OwnSchemas.CONTENT_METADATA);
        this.releases = schemas.load(OwnSchemas.RELEASES);
    }

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (FileDraft file : content.draft().files()) {
            report(frontMatter, file.metadata(), file.start(), "front-matter", "front matter", diagnostics);
        }
        JsonNode document = content.draft().releasesDocument();
        report(releases, document, SourceRef.startOf(content.draft().releasesPath()), "releases", "release list",
                diagnostics);
    }

    private static void report(Schema schema, JsonNode node, SourceRef source, String rule, String what,
            Diagnostics diagnostics) {
        if (node == null) {
            return;
        }
        for (Error error : schema.validate(node)) {
            diagnostics.error(source, rule, what + ": " + error.getInstanceLocation() + ": " + error.getMessage());
        }
    }
}
