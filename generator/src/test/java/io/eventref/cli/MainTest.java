package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    private static final String[] SUBCOMMANDS = {
        "build", "validate", "model", "check-events", "diff", "history", "upgrade-check", "synthesize", "help"};

    @Test
    void helpListsEverySubcommand() {
        for (String[] args : new String[][] {{"--help"}, {"help"}}) {
            Cli cli = Cli.run(args);
            assertThat(cli.status()).isZero();
            assertThat(cli.out()).contains("Usage: eventref [-hV] [COMMAND]").contains(SUBCOMMANDS);
        }
    }

    @Test
    void aSubcommandsHelpIsItsOwnWhicheverWayItIsAskedFor() {
        Cli asked = Cli.run("help", "diff");
        Cli option = Cli.run("diff", "--help");

        assertThat(asked.status()).isZero();
        assertThat(option.status()).isZero();
        assertThat(asked.out()).startsWith("Usage: eventref diff").isEqualTo(option.out());
    }

    @Test
    void anUnknownSubcommandIsAUsageErrorThatSuggestsTheNearestOnes() {
        Cli cli = Cli.run("bulid");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("Unmatched argument at index 0: 'bulid'")
                .contains("Did you mean: eventref validate or eventref build?");
    }

    @Test
    void noSubcommandIsAUsageError() {
        Cli cli = Cli.run();

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("a subcommand is required").contains(SUBCOMMANDS);
    }

    @Test
    void theVersionIsThatOfThePomWithTheCommitItWasBuiltFrom() throws Exception {
        Cli cli = Cli.run("-V");

        assertThat(cli.status()).isZero();
        String pom = java.nio.file.Files.readString(io.eventref.Fixtures.projectRoot().resolve("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>eventref-parent</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertThat(cli.out().strip()).startsWith("eventref " + version + " (commit ").doesNotContain("development");
    }

    @Test
    void theVersionLineSaysWhenTheCommitIsUnknown() {
        assertThat(VersionProvider.line("version=1.2.3\n", "5d393d2f1a2b-dirty\n"))
                .isEqualTo("eventref 1.2.3 (commit 5d393d2f1a2b-dirty)");
        assertThat(VersionProvider.line("version=1.2.3\n", null))
                .isEqualTo("eventref 1.2.3 (commit unknown: not built from a git checkout)");
        assertThat(VersionProvider.line("version=1.2.3\n", "fatal: not a git repository"))
                .endsWith("(commit unknown: not built from a git checkout)");
    }
}
