package io.eventref.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schemas of a small fixture reference ({@code fixtures/schemas/}: every field type, values, a
 * deprecated, a removed and a new field, a removed event with an alias, one event declared for two
 * processes) against golden files reviewed by hand.
 */
class SchemaGoldenTest {

    private static final Path FIXTURE = Fixtures.fixture("schemas");

    static Reference fixtureReference() {
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(FIXTURE.resolve("content"), "content");
        assertThat(loaded.diagnostics().sorted()).isEmpty();
        return loaded.reference().orElseThrow();
    }

    @Test
    void everySchemaFileOfTheFixtureMatchesItsGoldenFile() {
        List<OutputFile> files = SchemaSet.of(fixtureReference(), new SchemaLayout(Optional.empty())).files();

        Fixtures.assertGolden(FIXTURE.resolve("expected/files.txt"),
                files.stream().map(OutputFile::path).sorted().collect(Collectors.joining("\n", "", "\n")));
        for (OutputFile file : files) {
            if (file.path().endsWith(".json")) {
                Fixtures.assertGolden(FIXTURE.resolve("expected").resolve(file.path()),
                        new String(file.content(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void withABaseUrlIdsAndCatalogUrlsAreAbsolute() {
        List<OutputFile> files = SchemaSet.of(fixtureReference(),
                new SchemaLayout(Optional.of("https://example.org/eventref"))).files();

        for (String path : List.of("schemas/catalog.json", "schemas/latest/mail_opened.schema.json",
                "schemas/2.3.9/events.schema.json")) {
            Fixtures.assertGolden(FIXTURE.resolve("expected-base-url").resolve(path), text(files, path));
        }
    }

    @Test
    void latestIsTheNewestReleaseWithOnlyItsIdsMoved() {
        Reference reference = fixtureReference();
        List<OutputFile> files = SchemaSet.of(reference, new SchemaLayout(Optional.of("https://example.org/"))).files();

        assertThat(text(files, "schemas/latest/mail_opened.schema.json").replace("/latest/", "/2.3.18/"))
                .isEqualTo(text(files, "schemas/2.3.18/mail_opened.schema.json"));
    }

    static String text(List<OutputFile> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst()
                .map(file -> new String(file.content(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no file " + path));
    }
}
