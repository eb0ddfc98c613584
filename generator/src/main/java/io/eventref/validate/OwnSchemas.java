package io.eventref.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON Schemas of eventref's own formats, from {@code schemas/} (shipped in the jar). */
public final class OwnSchemas {

    public static final String CONTENT_METADATA = "content-metadata.schema.json";
    public static final String RELEASES = "releases.schema.json";
    public static final String MODEL = "model.schema.json";
    public static final String DIFF_REPORT = "diff-report.schema.json";
    public static final String COVERAGE_REPORT = "coverage-report.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** The schema {@code name} from the classpath folder {@code schemas/}. */
    public Schema load(String name) {
        return registry.getSchema(read(name));
    }

    /** The schema {@code name} as a JSON tree. */
    public static JsonNode read(String name) {
        try (InputStream in = OwnSchemas.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the classpath: schemas/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas/" + name, e);
        }
    }
}
