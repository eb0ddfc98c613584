package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** {@code eventref diff} on the diff fixture, whose reports between 2.3.7 and 2.3.18 are golden files. */
class DiffCommandTest {

    private final String fixture = Fixtures.content("diff").toString();
    private final Path expected = Fixtures.fixture("diff").resolve("expected");

    @Test
    void printsMarkdownByDefault() {
        Cli cli = Cli.run("diff", "2.3.7", "2.3.18", "--content", fixture);

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo(Fixtures.read(expected.resolve("2.3.7-2.3.18.md")));
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void printsJsonThatListsTheRemovedAndAddedEvents() throws Exception {
        Cli cli = Cli.run("diff", "2.3.7", "2.3.18", "--format", "json", "--content", fixture);

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo(Fixtures.read(expected.resolve("2.3.7-2.3.18.json")));
        assertThat(json.at("/events/removed").toString()).isEqualTo("[\"mail_purged\"]");
        assertThat(json.at("/events/added").toString()).isEqualTo("[\"mail_deleted\"]");
    }

    @Test
    void printsAStandaloneHtmlPage() {
        Cli cli = Cli.run("diff", "2.3.7", "2.3.18", "--format", "html", "--content", fixture);

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo(Fixtures.read(expected.resolve("2.3.7-2.3.18.html")));
        assertThat(Jsoup.parse(cli.out()).title()).isEqualTo("Event reference changes from 2.3.7 to 2.3.18");
    }

    @Test
    void formatsAreNamedInAnyCase() {
        assertThat(Cli.run("diff", "2.3.7", "2.3.18", "--format", "JSON", "--content", fixture).out())
                .isEqualTo(Fixtures.read(expected.resolve("2.3.7-2.3.18.json")));
    }

    @Test
    void acceptsTheVSpellingOfAVersion() {
        assertThat(Cli.run("diff", "v2.3.7", "v2.3.18", "--content", fixture).out())
                .isEqualTo(Fixtures.read(expected.resolve("2.3.7-2.3.18.md")));
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
        Cli cli = Cli.run("diff", "2.3.0", "2.3.7", "--fail-on", "breaking", "--content", fixture);

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Nothing changed.");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void breakingChangesWithoutFailOnExitZero() {
        assertThat(Cli.run("diff", "2.3.7", "2.3.18", "--content", fixture).status()).isZero();
    }

    @Test
    void aFromNewerThanToIsAUsageError() {
        Cli cli = Cli.run("diff", "2.3.18", "2.3.10", "--content", fixture);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("FROM must be older than TO: 2.3.18 is newer than 2.3.10");
    }

    @Test
    void theSameReleaseTwiceIsAUsageError() {
        Cli cli = Cli.run("diff", "2.3.10", "v2.3.10", "--content", fixture);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("2.3.10 is the same release");
    }

    @Test
    void anUnknownReleaseIsAUsageErrorThatListsTheReleases() {
        Cli cli = Cli.run("diff", "2.3.10", "2.3.99", "--content", fixture);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("TO: '2.3.99' is not a listed release; the releases are 2.3.0, 2.3.7, 2.3.9, "
                + "2.3.10, 2.3.11, 2.3.18");
    }

    @Test
    void aMalformedVersionIsAUsageError() {
        Cli cli = Cli.run("diff", "latest", "2.3.18", "--content", fixture);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("FROM: 'latest' is not a listed release");
    }

    @Test
    void anUnknownFormatOrFailOnIsAUsageErrorThatNamesTheChoices() {
        Cli format = Cli.run("diff", "2.3.7", "2.3.18", "--format", "pdf", "--content", fixture);
        Cli failOn = Cli.run("diff", "2.3.7", "2.3.18", "--fail-on", "removed", "--content", fixture);

        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("Invalid value for option '--format': expected one of [MD, HTML, JSON] "
                + "(case-insensitive) but was 'pdf'");
        assertThat(failOn.status()).isEqualTo(2);
        assertThat(failOn.err()).contains("expected one of [BREAKING] (case-insensitive) but was 'removed'");
    }

    @Test
    void aMissingReleaseArgumentIsAUsageError() {
        Cli cli = Cli.run("diff", "2.3.18", "--content", fixture);

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required parameter: 'TO'");
    }
}
