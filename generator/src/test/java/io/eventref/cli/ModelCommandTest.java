package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventref.Fixtures;
import org.junit.jupiter.api.Test;

class ModelCommandTest {

    private final String content = Fixtures.content().toString();

    @Test
    void printsTheWholeModelAsJson() throws Exception {
        Cli cli = Cli.run("model", "--content", content);

        JsonNode model = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(model.get("format").asInt()).isEqualTo(2);
        assertThat(model.get("releases").get(0).asText()).isEqualTo("2.3.0");
        assertThat(model.get("events").findValuesAsText("name")).contains("mail_opened", "imap_command_finished");
    }

    @Test
    void printsTheModelAsOfARelease() throws Exception {
        Cli cli = Cli.run("model", "--as-of", "2.3.10", "--content", content);

        JsonNode model = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(model.get("releases").get(model.get("releases").size() - 1).asText()).isEqualTo("2.3.10");
        assertThat(eventNames(model)).doesNotContain("mail_opened").contains("imap_command_finished");
    }

    @Test
    void acceptsTheVSpellingOfAVersion() {
        assertThat(Cli.run("model", "--as-of", "v2.3.10", "--content", content).status()).isZero();
    }

    @Test
    void printsYaml() throws Exception {
        Cli cli = Cli.run("model", "--format", "yaml", "--content", content);

        JsonNode model = new ObjectMapper(new YAMLFactory()).readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(eventNames(model)).contains("mail_opened");
    }

    @Test
    void anUnknownReleaseIsAUsageErrorThatListsTheReleases() {
        Cli cli = Cli.run("model", "--as-of", "2.3.99", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("'2.3.99' is not a listed release").contains("2.3.0, 2.3.1");
    }

    @Test
    void contentWithErrorsPrintsTheDiagnosticsAndExitsOne() {
        Cli cli = Cli.run("model", "--content", Fixtures.fixture("rules/unknown-type").resolve("content").toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("[unknown-type]");
    }

    private static java.util.List<String> eventNames(JsonNode model) {
        java.util.List<String> names = new java.util.ArrayList<>();
        model.get("events").forEach(event -> names.add(event.get("name").asText()));
        return names;
    }
}
