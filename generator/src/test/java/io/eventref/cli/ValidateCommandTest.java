package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    private static String fixture(String name) {
        return Fixtures.fixture(name).resolve("content").toString();
    }

    @Test
    void acceptsAValidReferenceAndSaysWhatItHolds() {
        Cli cli = Cli.run("validate", "--content", fixture("basic"));

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo("ok: 6 events, 5 groups, 3 categories, 7 releases\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void reportsEveryProblemWithPositionAndRuleAndExitsOne() {
        Cli cli = Cli.run("validate", "--content", fixture("rules/unknown-release"));

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).containsPattern("sample\\.md:10:1: error: version 2\\.3\\.8 is not listed in .*releases\\.yaml \\[unknown-release\\]")
                .containsPattern("sample\\.md:16:40: error: version 2\\.3\\.11 is not listed")
                .contains("2 errors, 0 warnings");
    }

    @Test
    void printsDiagnosticsAsJson() throws Exception {
        Cli cli = Cli.run("validate", "--format", "json", "--content", fixture("rules/duplicate-field"));

        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isEqualTo(1);
        assertThat(report.get("errors").asInt()).isEqualTo(2);
        JsonNode first = report.get("diagnostics").get(0);
        assertThat(first.get("file").asText()).endsWith("sample.md");
        assertThat(first.get("line").asInt()).isEqualTo(15);
        assertThat(first.get("column").asInt()).isEqualTo(3);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("rule").asText()).isEqualTo("duplicate-field");
    }

    @Test
    void printsDiagnosticsAsGithubAnnotations() {
        Cli cli = Cli.run("validate", "--format", "github", "--content", fixture("rules/empty-description"));

        assertThat(cli.status()).isZero();
        assertThat(cli.out().lines()).hasSize(2).allMatch(line -> line.startsWith("::warning file="))
                .anyMatch(line -> line.contains(",line=12,col=3,title=empty-description::field 'uid' has no description"));
    }

    @Test
    void aMissingContentFolderIsAUsageErrorWithoutAStackTrace() {
        Cli cli = Cli.run("validate", "--content", "/no/such/folder");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("/no/such/folder").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli cli = Cli.run("validate", "--format", "xml", "--content", fixture("basic"));

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("expected one of [TEXT, JSON, GITHUB] (case-insensitive) but was 'xml'");
        assertThat(Cli.run("validate", "--format", "JSON", "--content", fixture("basic")).out())
                .isEqualTo(Cli.run("validate", "--format", "json", "--content", fixture("basic")).out());
    }
}
