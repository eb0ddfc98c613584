package io.eventref.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.schema.SchemaLayout;
import io.eventref.schema.SchemaSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * networknt judging lines against the published schema files, fetched by URL as any tool would:
 * each file is served at {@code BASE + its site path}, and the schemas' own ids and relative
 * {@code $ref}s must resolve from there. Thread-safe.
 */
final class NetworkntJudge {

    static final String BASE = "https://eventref.test/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new HashMap<>();

    /** @param baseUrl the base URL the schemas are built with (empty: relative ids) */
    NetworkntJudge(Reference reference, Optional<String> baseUrl) {
        Map<String, String> served = new HashMap<>();
        for (OutputFile file : SchemaSet.of(reference, new SchemaLayout(baseUrl)).files()) {
            if (file.path().endsWith(".schema.json")) {
                served.put(BASE + file.path(), new String(file.content(), StandardCharsets.UTF_8));
            }
        }
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(served::get));
    }

    /** networknt's errors for {@code line} against {@code schemas/<folder>/<file>}; one line at a time (tests run in parallel). */
    synchronized List<Error> errors(String folder, String file, String line) {
        Schema schema = compiled.computeIfAbsent(folder + "/" + file,
                key -> registry.getSchema(SchemaLocation.of(BASE + SchemaLayout.path(folder, file))));
        try {
            JsonNode instance = JSON.readTree(line);
            return schema.validate(instance);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }

    /** Whether {@code events.schema.json} (strict: {@code events.strict.schema.json}) of {@code folder} accepts {@code line}. */
    boolean accepts(String folder, boolean strict, String line) {
        return errors(folder, strict ? SchemaLayout.EVENTS_STRICT : SchemaLayout.EVENTS, line).isEmpty();
    }
}
