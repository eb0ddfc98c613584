package io.eventref.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.output.OutputFile;
import io.eventref.validate.MetaSchemaCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schemas as a build publishes them ({@link SchemaSet#write}, the text of each file), for the
 * schemas fixture and a synthetic reference of 22 releases: valid JSON Schema 2020-12, one of each
 * event that exists in each release, at the paths {@link SchemaSet#paths} names beforehand.
 */
class PublishedSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Optional<String>> BASES = List.of(Optional.empty(),
            Optional.of("https://example.org/eventref/"));

    private static final Map<String, List<OutputFile>> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Reference> references() {
        return List.of(SchemaGoldenTest.fixtureReference(), Fixtures.synthetic(30, 22, 7));
    }

    /** What {@link SchemaSet#write} writes for {@code reference}, made once per run. */
    private static List<OutputFile> written(Reference reference, Optional<String> base) {
        return WRITTEN.computeIfAbsent(reference.events().size() + " " + reference.releases().size() + " " + base,
                key -> SchemaSet.of(reference, new SchemaLayout(base)).files());
    }

    @Test
    void everyPublishedSchemaIsValidAgainstTheMetaSchemaAsWritten() {
        MetaSchemaCheck check = new MetaSchemaCheck();
        for (Reference reference : references()) {
            for (Optional<String> base : BASES) {
                Map<String, JsonNode> published = new LinkedHashMap<>();
                for (OutputFile file : written(reference, base)) {
                    if (file.path().endsWith(".schema.json")) {
                        published.put(file.path(), parse(file));
                    }
                }

                assertThat(published).hasSizeGreaterThan(2 * reference.releases().size());
                assertThat(published.entrySet().parallelStream()
                        .flatMap(schema -> check.check(schema.getKey(), schema.getValue()).stream()).toList())
                        .as("meta-schema problems with base %s", base).isEmpty();
            }
        }
    }

    @Test
    void thePathsNamedBeforehandAreThoseOfTheFilesWritten() {
        for (Reference reference : references()) {
            for (Optional<String> base : BASES) {
                SchemaSet schemas = SchemaSet.of(reference, new SchemaLayout(base));

                List<String> written = written(reference, base).stream().map(OutputFile::path).toList();

                assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(schemas.paths());
            }
        }
    }

    @Test
    void eachReleaseFolderHoldsASchemaAndAStrictSchemaForEveryEventThatExistsThen() {
        for (Reference reference : references()) {
            Set<String> written = written(reference, Optional.empty()).stream()
                    .map(OutputFile::path).collect(Collectors.toSet());
            for (Release release : reference.releases()) {
                String folder = SchemaLayout.folder(release.version().toString());
                Set<String> files = written.stream().filter(path -> path.startsWith(folder))
                        .map(path -> path.substring(folder.length())).collect(Collectors.toSet());
                Set<String> names = reference.asOf(release.version()).events().stream().map(Event::name)
                        .collect(Collectors.toSet());

                assertThat(files).as(folder).hasSize(3 + 2 * names.size())
                        .contains(SchemaLayout.COMMON, SchemaLayout.EVENTS, SchemaLayout.EVENTS_STRICT);
                names.forEach(name -> assertThat(files).contains(name + ".schema.json", name + ".strict.schema.json"));
            }
        }
    }

    private static JsonNode parse(OutputFile file) {
        try {
            return JSON.readTree(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(file.path(), e);
        }
    }
}
