package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventref build} publishes the event schemas, the catalog and the zips with the site (schemas fixture). */
class BuildSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void writesTheSchemasOfEveryReleaseTheLatestCopyTheCatalogAndTheZips() throws IOException {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", Fixtures.content("schemas").toString(), "--out", site.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        JsonNode schema = JSON.readTree(site.resolve("schemas/2.3.18/mail_opened.schema.json").toFile());
        assertThat(schema.get("$id").asText()).isEqualTo("mail_opened.schema.json");
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(site.resolve("schemas/2.3.0/events.schema.json")).exists();
        assertThat(site.resolve("schemas/2.3.11/mail_lookup_finished.strict.schema.json")).exists();
        assertThat(site.resolve("schemas/2.3.18/mail_lookup_finished.schema.json")).doesNotExist();
        assertThat(site.resolve("schemas/latest/common.schema.json")).exists();
        assertThat(site.resolve("downloads/eventref-schemas-2.3.18.zip")).exists();
        assertThat(JSON.readTree(site.resolve("schemas/catalog.json").toFile()).get("$schema").asText())
                .isEqualTo("https://json.schemastore.org/schema-catalog.json");
    }

    @Test
    void withABaseUrlEverySchemaIdAndCatalogUrlIsAbsolute() throws IOException {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("build", "--content", Fixtures.content("schemas").toString(), "--out", site.toString(),
                "--base-url", "https://events.example.org/ref");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(JSON.readTree(site.resolve("schemas/latest/mail_opened.schema.json").toFile()).get("$id").asText())
                .isEqualTo("https://events.example.org/ref/schemas/latest/mail_opened.schema.json");
        JsonNode catalog = JSON.readTree(site.resolve("schemas/catalog.json").toFile());
        assertThat(catalog.get("schemas").findValuesAsText("url"))
                .allMatch(url -> url.startsWith("https://events.example.org/ref/schemas/"));
        assertThat(Files.readString(site.resolve("schemas/catalog.json")))
                .contains("\"2.3.11\" : \"https://events.example.org/ref/schemas/2.3.11/mail_lookup_finished.schema.json\"");
    }
}
