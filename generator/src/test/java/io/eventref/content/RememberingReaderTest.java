package io.eventref.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader that keeps its parses (for {@code eventref serve}) reads what a fresh reader reads, every time. */
class RememberingReaderTest {

    @TempDir
    Path temp;

    @Test
    void aFileParsesAgainOnlyWhenItsTextChanged() throws IOException {
        Path content = copyOfBasic();
        ContentReader reader = ContentReader.remembering();
        ContentReader.Result first = reader.read(content, "content");

        Path storage = content.resolve("storage.md");
        Files.writeString(storage, Files.readString(storage).replace("A mail was opened or expunged.", "A mail was read."));
        ContentReader.Result second = reader.read(content, "content");

        assertThat(second.draft()).isEqualTo(new ContentReader().read(content, "content").draft());
        assertThat(file(second, "content/categories.md")).isSameAs(file(first, "content/categories.md"));
        assertThat(file(second, "content/storage.md")).isNotEqualTo(file(first, "content/storage.md"));
    }

    @Test
    void aFileThatWentIsGoneAndOneThatCameBackIsReadWithItsProblems() throws IOException {
        Path content = copyOfBasic();
        ContentReader reader = ContentReader.remembering();
        reader.read(content, "content");
        Path categories = content.resolve("categories.md");
        String text = Files.readString(categories);

        Files.delete(categories);
        ContentReader.Result without = reader.read(content, "content");
        Files.writeString(categories, text.replace("kind: categories\n", "kind: categories\nkind: categories\n"));
        ContentReader.Result broken = reader.read(content, "content");
        ContentReader.Result brokenAgain = reader.read(content, "content");

        assertThat(without.draft().files()).extracting(FileDraft::path).doesNotContain("content/categories.md");
        List<String> problems = broken.diagnostics().sorted().stream().map(Diagnostic::toString).toList();
        assertThat(problems).isNotEmpty().allMatch(problem -> problem.startsWith("content/categories.md:"));
        assertThat(brokenAgain.diagnostics().sorted()).extracting(Diagnostic::toString).isEqualTo(problems);
    }

    private Path copyOfBasic() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        try (var files = Files.list(Fixtures.content("basic"))) {
            for (Path file : files.toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        return content;
    }

    private static FileDraft file(ContentReader.Result result, String path) {
        return result.draft().files().stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
    }
}
