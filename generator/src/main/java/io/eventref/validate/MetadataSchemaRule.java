package io.eventref.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.eventref.content.FileDraft;
import io.eventref.content.ReleaseDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code front-matter} and {@code releases}: the structural metadata is as the JSON Schemas in
 * {@code schemas/} describe it (content-metadata.schema.json, releases.schema.json).
 */
final class MetadataSchemaRule implements Rule {

    private static final Pattern RELEASE_ENTRY = Pattern.compile("/releases/(\\d+)");

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
        List<ReleaseDraft> entries = content.draft().releases();
        report(releases, document, location -> {
            Matcher entry = RELEASE_ENTRY.matcher(location);
            if (entry.lookingAt() && Integer.parseInt(entry.group(1)) < entries.size()) {
                return entries.get(Integer.parseInt(entry.group(1))).source();
            }
            return SourceRef.startOf(content.draft().releasesPath());
        }, "releases", "release list", diagnostics);
    }

    private static void report(Schema schema, JsonNode node, SourceRef source, String rule, String what,
            Diagnostics diagnostics) {
        report(schema, node, location -> source, rule, what, diagnostics);
    }

    /** Reports each schema error at the position {@code locate} gives for its instance location. */
    private static void report(Schema schema, JsonNode node, Function<String, SourceRef> locate, String rule,
            String what, Diagnostics diagnostics) {
        if (node == null) {
            return;
        }
        for (Error error : schema.validate(node)) {
            String location = error.getInstanceLocation().toString();
            String where = location.isEmpty() || location.equals("$") ? "" : location + ": ";
            diagnostics.error(locate.apply(location), rule, what + ": " + where + error.getMessage());
        }
    }
}
