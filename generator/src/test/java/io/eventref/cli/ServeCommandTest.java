package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The arguments of {@code eventref serve}; serving itself is tested in {@code io.eventref.serve}. */
class ServeCommandTest {

    private static final String CONTENT = Fixtures.fixture("basic").resolve("content").toString();

    @Test
    void aPortThatIsTakenIsAClearErrorThatNamesTheWayOut() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            Cli cli = Cli.run("serve", "--content", CONTENT, "--port", Integer.toString(taken.getLocalPort()));

            assertThat(cli.status()).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.err()).startsWith("eventref: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("Choose another with --port").doesNotContain("Exception\n\tat");
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli cli = Cli.run("serve", "--content", CONTENT, "--port", "70000");

        assertThat(cli.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--port must be from 0 to 65535, not 70000");
    }

    @Test
    void anAddressThatIsNotOneIsAUsageError() {
        Cli cli = Cli.run("serve", "--content", CONTENT, "--bind", "not an address");

        assertThat(cli.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--bind: not an address of this machine: not an address");
    }
}
