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
}
