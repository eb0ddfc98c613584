package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.Requirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code conformance/run} driven from a test: installs what a series needs, then runs a real
 * Dovecot of that series under the workload and captures what it exports into a folder of the
 * test's. The harness stops everything it started, also when it is stopped (SIGTERM); a run that
 * outlives its time is stopped so.
 */
final class ConformanceHarness {

    /** Skipped without root or package access, except where required. */
    static final Requirement REQUIREMENT = new Requirement("conformance tests", "dovecot.required",
            "run conformance/run --install-only all as root on Debian bookworm (it installs Dovecot 2.3 and"
                    + " debootstraps a trixie root for 2.4; .ci/run does so), then mvn verify as root");

    /** A first debootstrap of the trixie root takes about 6 minutes; a run 1 to 2. */
    private static final Duration INSTALL_TIME = Duration.ofMinutes(30);
    private static final Duration RUN_TIME = Duration.ofMinutes(15);
    /** How long the harness has to clean up after SIGTERM before what is left is killed. */
    private static final Duration CLEANUP_TIME = Duration.ofSeconds(60);

    private ConformanceHarness() {
    }

    /** What {@code conformance/run} did: its exit code, stdout, and the lines it said on stderr. */
    record Outcome(int exit, List<String> stdout, List<String> stderr) {

        /** Its error, as {@code die} says it, or its last line on stderr. */
        String error() {
            return stderr.stream().filter(line -> line.startsWith("conformance: error: ")).reduce((a, b) -> b)
                    .map(line -> line.substring("conformance: error: ".length()))
                    .orElse(stderr.isEmpty() ? "exit " + exit : stderr.get(stderr.size() - 1));
        }
    }

    /**
     * Where conformance tests are required, {@code conformance/run --install-only SERIES}, failing
     * the calling test when it cannot install (no root, no package access); elsewhere only
     * {@code --check-installed}: a plain {@code mvn verify} never installs packages or builds a
     * trixie root, it runs on what is there and skips the calling test when it is not.
     */
    static void install(String series, Path logs) {
        String step = REQUIREMENT.required() ? "--install-only" : "--check-installed";
        Outcome outcome = run(logs.resolve("install-" + series), INSTALL_TIME, step, series);
        REQUIREMENT.require(outcome.exit() == 0 ? List.of()
                : List.of("Dovecot " + series + " (conformance/run " + step + " " + series + ": " + outcome.error() + ")"));
    }

    /** {@code conformance/run --no-report --out FOLDER SERIES}: the capture it wrote. */
    static Path capture(String series, Path folder) throws IOException {
        Outcome outcome = run(folder.resolve("run-" + series), RUN_TIME, "--no-report", "--out", folder.toString(), series);
        assertThat(outcome.exit()).as("exit code of conformance/run %s; it said:%n%s", series,
                String.join("\n", outcome.stderr())).isZero();
        assertThat(outcome.stdout()).as("stdout of conformance/run %s", series).isNotEmpty();
        Path capture = Path.of(outcome.stdout().get(outcome.stdout().size() - 1));
        assertThat(capture).as("the capture conformance/run %s names", series).isRegularFile().hasParent(folder.toRealPath());
        outcome.stderr().stream().filter(line -> line.contains("captured in")).forEach(System.err::println);
        return capture;
    }

    /** Runs the harness with its stdout and stderr in {@code logs}.out and .err; stops it when it takes too long. */
    private static Outcome run(Path logs, Duration time, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Fixtures.projectRoot().resolve("conformance/run").toString());
        command.addAll(List.of(arguments));
        Path out = logs.resolveSibling(logs.getFileName() + ".out");
        Path err = logs.resolveSibling(logs.getFileName() + ".err");
        try {
            Files.createDirectories(logs.getParent());
            Process process = new ProcessBuilder(command).directory(Fixtures.projectRoot().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(time.toSeconds(), TimeUnit.SECONDS)) {
                stop(process);
                throw new AssertionError(String.join(" ", command) + " took longer than " + time + "; it said:\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Outcome(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readAllLines(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + String.join(" ", command) + " ran", e);
        }
    }

    /** SIGTERM, on which the harness stops its servers; what is still alive a minute later is killed. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(CLEANUP_TIME.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
