package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for every command that reads the content: errors in it are problems of the input, exit 1. */
class ExitStatusTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"validate", "build", "model", "diff 2.3.0 2.3.7", "history mail_opened",
        "check-events -"})
    void contentWithErrorsExitsOneWithTheDiagnosticsAndNothingElse(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--content", Fixtures.content("rules/unknown-type").toString()));
        if (command.equals("build")) {
            args.addAll(List.of("--out", temp.resolve("site").toString()));
        }

        Cli cli = Cli.runWithInput(new byte[0], args.toArray(String[]::new));

        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        if (command.equals("validate")) {
            assertThat(cli.out()).contains("error: ").contains("[unknown-type]");
        } else {
            assertThat(cli.err()).contains("error: ").contains("[unknown-type]");
            assertThat(cli.out()).isEmpty();
        }
        assertThat(temp.resolve("site")).doesNotExist();
    }
}
