package io.eventref.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule has a fixture that breaks it ({@code fixtures/rules/<case>/content}) and a
 * golden list of the diagnostics it must produce ({@code expected.txt}), in the CLI's text format.
 */
class RuleFixturesTest {

    static Stream<Path> cases() {
        return Fixtures.subfolders(Fixtures.fixture("rules")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(Path fixture) {
        ReferenceLoader.Loaded loaded = new ReferenceLoader()
                .load(fixture.resolve("content"), "content");

        String report = loaded.diagnostics().sorted().stream()
                .map(Diagnostic::toString)
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(loaded.diagnostics().sorted()).as("a broken fixture reports something").isNotEmpty();
        Fixtures.assertGolden(fixture.resolve("expected.txt"), report);
    }
}
