package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventref.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code eventref model} on the basic fixture, whose model export is a golden file. */
class ModelCommandTest {

    private final String content = Fixtures.content("basic").toString();

    @Test
    void printsTheWholeModelAsJson() throws Exception {
        Cli cli = Cli.run("model", "--content", content);

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo(Fixtures.read(Fixtures.fixture("basic").resolve("model.json")));
    }

    @Test
    void printsTheModelAsOfARelease() throws Exception {
        Cli cli = Cli.run("model", "--as-of", "2.3.7", "--content", content);

        JsonNode model = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(model.get("releases").get(model.get("releases").size() - 1).asText()).isEqualTo("2.3.7");
        assertThat(eventNames(model)).doesNotContain("mail_lookup_finished").contains("mail_opened");
    }

    @Test
    void acceptsTheVSpellingOfAVersion() {
        assertThat(Cli.run("model", "--as-of", "v2.3.7", "--content", content).out())
                .isEqualTo(Cli.run("model", "--as-of", "2.3.7", "--content", content).out());
    }

    @Test
    void printsYaml() throws Exception {
        Cli cli = Cli.run("model", "--format", "yaml", "--content", content);

        JsonNode model = new ObjectMapper(new YAMLFactory()).readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(model).isEqualTo(new ObjectMapper().readTree(Cli.run("model", "--content", content).out()));
        assertThat(Cli.run("model", "--format", "YAML", "--content", content).out()).isEqualTo(cli.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatNamesTheChoices() {
        Cli cli = Cli.run("model", "--format", "xml", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("expected one of [JSON, YAML] (case-insensitive) but was 'xml'");
    }

    @Test
    void anUnknownReleaseIsAUsageErrorThatListsTheReleases() {
        Cli cli = Cli.run("model", "--as-of", "2.3.99", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("'2.3.99' is not a listed release; the releases are 2.3.0, 2.3.7, 2.3.9, "
                + "2.3.10, 2.3.11, 2.3.18");
    }

    private static java.util.List<String> eventNames(JsonNode model) {
        java.util.List<String> names = new java.util.ArrayList<>();
        model.get("events").forEach(event -> names.add(event.get("name").asText()));
        return names;
    }
}
