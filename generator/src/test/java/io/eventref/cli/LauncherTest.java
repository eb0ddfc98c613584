package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./eventref} launcher's choice of JVM, run on a copy of the launcher beside a jar, with
 * fake JVMs that say who they are: {@code EVENTREF_JAVA} wins over the remembered choice.
 */
class LauncherTest {

    @TempDir
    Path root;

    private Path target;

    @BeforeEach
    void project() throws IOException {
        Files.copy(Fixtures.projectRoot().resolve("eventref"), root.resolve("eventref"));
        executable(root.resolve("eventref"));
        target = Files.createDirectories(root.resolve("generator/target"));
        Files.writeString(target.resolve("eventref.jar"), "not looked at by the fake JVMs");
    }

    /** A fake JVM of {@code major} that prints its name and the arguments it was run with. */
    private Path fakeJava(String name, int major) throws IOException {
        Path java = Files.createDirectories(root.resolve(name + "/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "case \"$*\" in *-version*) echo 'openjdk version \"" + major + ".0.1\" 2024-01-01' >&2; exit 0 ;; esac\n"
                + "echo \"" + name + " ran: $*\"\n");
        executable(java);
        return java;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int status, String out, String err) {
    }

    private Run launch(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("eventref").toString(), "validate");
        builder.environment().remove("EVENTREF_JAVA");
        builder.environment().put("EVENTREF_NO_TRAINING", "1");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    @Test
    void eventrefJavaWinsOverTheRememberedChoiceAndDoesNotOutliveIt() throws Exception {
        Path first = fakeJava("first", 21);
        Path second = fakeJava("second", 17);

        Run withFirst = launch(Map.of("EVENTREF_JAVA", first.toString()));
        Run withSecond = launch(Map.of("EVENTREF_JAVA", second.toString()));
        Run withoutAny = launch(Map.of());

        assertThat(withFirst.out()).as(withFirst.err()).startsWith("first ran: ");
        assertThat(withSecond.out()).as(withSecond.err()).startsWith("second ran: ");
        assertThat(withoutAny.out()).as("the newest JVM found, not the one EVENTREF_JAVA chose before")
                .doesNotStartWith("second ran: ");
        assertThat(Files.readString(target.resolve("launcher.env"))).contains("chosen_by=scan");
    }

    @Test
    void aStartUpCacheRecordedByAnotherJvmIsDroppedWhenTheChoiceChanges() throws Exception {
        Path first = fakeJava("first", 25);
        Path second = fakeJava("second", 25);
        launch(Map.of("EVENTREF_JAVA", first.toString()));
        Path cache = Files.writeString(target.resolve("eventref.aot"), "recorded by first");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().plusSeconds(60)));

        Run again = launch(Map.of("EVENTREF_JAVA", first.toString()));
        Run other = launch(Map.of("EVENTREF_JAVA", second.toString()));

        assertThat(again.out()).contains("-XX:AOTCache=" + cache);
        assertThat(other.out()).startsWith("second ran: ").doesNotContain("AOTCache");
        assertThat(cache).doesNotExist();
    }

    @Test
    void anEventrefJavaThatIsNoJavaIsAClearError() throws Exception {
        Run run = launch(Map.of("EVENTREF_JAVA", root.resolve("missing/java").toString()));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("eventref: EVENTREF_JAVA=" + root.resolve("missing/java")
                + " is not a java runtime\n");
    }
}
