package io.eventref.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.validate.MetaSchemaCheck;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schemas of the real reference, every release: complete, and valid JSON Schema 2020-12. */
class RealSchemasTest {

    private static Reference reference;

    @BeforeAll
    static void load() {
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(Fixtures.content(), "content");
        reference = loaded.reference().orElseThrow();
    }

    @Test
    void everySchemaOfEveryReleaseIsValidAgainstTheMetaSchema() {
        MetaSchemaCheck check = new MetaSchemaCheck();
        for (Optional<String> base : List.of(Optional.<String>empty(), Optional.of("https://example.org/eventref/"))) {
            List<SchemaDocument> documents = SchemaSet.of(reference, new SchemaLayout(base)).documents();

            assertThat(documents).hasSizeGreaterThan(22 * 100);
            assertThat(documents.parallelStream().flatMap(d -> check.check(d.path(), d.tree()).stream()).toList())
                    .as("meta-schema problems with base %s", base).isEmpty();
        }
    }

    @Test
    void eachReleaseFolderHoldsASchemaAndAStrictSchemaForEveryEventThatExistsThen() {
        List<SchemaDocument> documents = SchemaSet.of(reference, new SchemaLayout(Optional.empty())).documents();

        for (Release release : reference.releases()) {
            String folder = SchemaLayout.folder(release.version().toString());
            Set<String> files = documents.stream().map(SchemaDocument::path).filter(path -> path.startsWith(folder))
                    .map(path -> path.substring(folder.length())).collect(Collectors.toSet());
            Set<String> names = reference.asOf(release.version()).events().stream().map(Event::name)
                    .collect(Collectors.toSet());

            assertThat(files).as(folder).hasSize(3 + 2 * names.size())
                    .contains(SchemaLayout.COMMON, SchemaLayout.EVENTS, SchemaLayout.EVENTS_STRICT);
            names.forEach(name -> assertThat(files).contains(name + ".schema.json", name + ".strict.schema.json"));
        }
    }

    @Test
    void versionsAreRespected() {
        List<SchemaDocument> documents = SchemaSet.of(reference, new SchemaLayout(Optional.empty())).documents();
        Set<String> paths = documents.stream().map(SchemaDocument::path).collect(Collectors.toSet());

        assertThat(paths).contains("schemas/2.3.17/mail_cache_lookup_finished.schema.json")
                .doesNotContain("schemas/2.3.18/mail_cache_lookup_finished.schema.json",
                        "schemas/2.3.12/imap_client_unhibernated.schema.json",
                        "schemas/2.3.21/auth_client_request_continue.schema.json");
        var imapCommand = documents.stream()
                .filter(d -> d.path().equals("schemas/2.3.21/imap_command_finished.schema.json")).findFirst().orElseThrow();
        var fields = imapCommand.tree().at("/properties/fields/properties");
        assertThat(fields.at("/cmd_input_name/x-eventref-added").asText()).isEqualTo("2.3.11");
        assertThat(fields.at("/running_usecs/type").asText()).isEqualTo("integer");
        assertThat(fields.at("/last_run_time/$ref").asText()).isEqualTo("common.schema.json#/$defs/timestamp");
        assertThat(fields.at("/reason_code/items/type").asText()).isEqualTo("string");
        var unhibernated = documents.stream()
                .filter(d -> d.path().equals("schemas/2.3.21/imap_client_unhibernated.schema.json")).findFirst()
                .orElseThrow();
        assertThat(unhibernated.tree().at("/properties/fields/anyOf")).hasSize(2);
        assertThat(unhibernated.tree().at("/$defs/imap/properties/reason/enum")).isNotEmpty();
        assertThat(unhibernated.tree().at("/$defs/imap-hibernate/properties/reason").isMissingNode()).isTrue();
    }
}
