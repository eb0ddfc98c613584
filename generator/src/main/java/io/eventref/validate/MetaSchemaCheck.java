package io.eventref.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks JSON Schemas against the draft 2020-12 meta-schema (which networknt ships, so no network
 * is needed). Thread-safe once built: the compiled meta-schema is shared.
 */
public final class MetaSchemaCheck {

    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private final Schema metaSchema;

    public MetaSchemaCheck() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        metaSchema = registry.getSchema(SchemaLocation.of(META_SCHEMA));
        metaSchema.initializeValidators();
    }

    /**
     * Every way {@code schema} breaks the meta-schema, as {@code name: location: message}; empty
     * when it is a valid 2020-12 schema.
     */
    public List<String> check(String name, JsonNode schema) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        List<Error> errors = metaSchema.validate(schema);
        return errors.stream().map(error -> name + ": " + location(error) + error.getMessage()).toList();
    }

    /**
     * Checks every schema of {@code schemasByName} (in parallel), each distinct tree once: the same
     * event unchanged across releases has the same schema. Problems come in the map's order.
     */
    public List<String> checkAll(Map<String, JsonNode> schemasByName) {
        Map<JsonNode, String> distinct = new LinkedHashMap<>();
        schemasByName.forEach((name, schema) -> distinct.putIfAbsent(schema, name));
        return distinct.entrySet().parallelStream()
                .flatMap(entry -> check(entry.getValue(), entry.getKey()).stream())
                .toList();
    }

    private static String location(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.isEmpty() || location.equals("$") ? "" : location + ": ";
    }
}
