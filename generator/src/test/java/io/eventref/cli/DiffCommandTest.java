package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DiffCommandTest {

    private final String content = Fixtures.content().toString();
    private final String fixture = Fixtures.fixture("diff").resolve("content").toString();

    @Test
    void printsMarkdownByDefault() {
        Cli cli = Cli.run("diff", "2.3.18", "2.3.19", "--content", content);

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("# Event reference changes from 2.3.18 to 2.3.19\n")
                .contains("`mail_user_session_finished` (2.3.19)");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void printsJsonThatListsTheRemovedAndAddedEvents() throws Exception {
        Cli cli = Cli.run("diff", "2.3.16", "2.3.19", "--format", "json", "--content", content);

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(json.at("/events/removed").toString()).contains("\"mail_cache_lookup_finished\"");
        assertThat(json.at("/events/added").toString()).contains("\"mail_user_session_finished\"");
    }

    @Test
    void printsAStandaloneHtmlPage() {
        Cli cli = Cli.run("diff", "2.3.18", "2.3.19", "--format", "html", "--content", content);

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).startsWith("<!DOCTYPE html>");
        assertThat(Jsoup.parse(cli.out()).title()).isEqualTo("Event reference changes from 2.3.18 to 2.3.19");
    }

    @Test
    void acceptsTheVSpellingOfAVersion() {
        assertThat(Cli.run("diff", "v2.3.18", "v2.3.19", "--content", content).status()).isZero();
    }

    @Test
    void failOnBreakingExitsOneWhenThereAreBreakingChangesAndStillPrintsTheReport() {
        Cli cli = Cli.run("diff", "2.3.7", "2.3.18", "--fail-on", "breaking", "--content", fixture);

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).contains("## Breaking changes");
        assertThat(cli.err()).contains("8 breaking changes from 2.3.7 to 2.3.18");
    }

    @Test
    void failOnBreakingExitsZeroWhenNothingBreaks() {
        Cli cli = Cli.run("diff", "2.3.18", "2.3.19", "--fail-on", "breaking", "--content", content);

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("No breaking changes.");
    }

    @Test
    void breakingChangesWithoutFailOnExitZero() {
        assertThat(Cli.run("diff", "2.3.7", "2.3.18", "--content", fixture).status()).isZero();
    }

    @Test
    void aFromNewerThanToIsAUsageError() {
        Cli cli = Cli.run("diff", "2.3.19", "2.3.10", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("FROM must be older than TO: 2.3.19 is newer than 2.3.10");
    }

    @Test
    void theSameReleaseTwiceIsAUsageError() {
        Cli cli = Cli.run("diff", "2.3.10", "v2.3.10", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("2.3.10 is the same release");
    }

    @Test
    void anUnknownReleaseIsAUsageErrorThatListsTheReleases() {
        Cli cli = Cli.run("diff", "2.3.10", "2.3.99", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("TO: '2.3.99' is not a listed release").contains("2.3.0, 2.3.1");
    }

    @Test
    void aMalformedVersionIsAUsageError() {
        Cli cli = Cli.run("diff", "latest", "2.3.19", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("FROM: 'latest' is not a listed release");
    }

    @Test
    void anUnknownFormatOrFailOnIsAUsageError() {
        assertThat(Cli.run("diff", "2.3.18", "2.3.19", "--format", "pdf", "--content", content).err())
                .contains("--format: expected md, html or json, got 'pdf'");
        assertThat(Cli.run("diff", "2.3.18", "2.3.19", "--fail-on", "removed", "--content", content).status())
                .isEqualTo(2);
    }

    @Test
    void aMissingReleaseArgumentIsAUsageError() {
        Cli cli = Cli.run("diff", "2.3.18", "--content", content);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required parameter: 'TO'");
    }

    @Test
    void contentWithErrorsPrintsTheDiagnosticsAndExitsOne() {
        Cli cli = Cli.run("diff", "2.3.0", "2.3.7",
                "--content", Fixtures.fixture("rules/unknown-type").resolve("content").toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("[unknown-type]");
    }
}
