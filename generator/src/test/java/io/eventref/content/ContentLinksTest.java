package io.eventref.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content file that is a link: read when it stays in the folder, refused when it leads out of it. */
class ContentLinksTest {

    @TempDir
    Path temp;

    @Test
    void aLinkToAFileOutsideTheContentFolderIsRefusedAndALinkInsideIsRead() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Path fixture = Fixtures.fixture("basic").resolve("content");
        Files.copy(fixture.resolve("releases.yaml"), content.resolve("releases.yaml"));
        Files.createDirectories(content.resolve("parts"));
        Files.copy(fixture.resolve("storage.md"), content.resolve("parts/storage.md"));
        Files.createSymbolicLink(content.resolve("storage.md"), Path.of("parts/storage.md"));
        Files.writeString(temp.resolve("secret.md"), "---\nkind: section\nid: secret\norder: 1\n---\n# Secret\n");
        Files.createSymbolicLink(content.resolve("secret.md"), Path.of("../secret.md"));
        Files.createSymbolicLink(content.resolve("gone.md"), Path.of("nowhere.md"));

        ContentReader.Result result = new ContentReader().read(content, "content");

        assertThat(result.diagnostics().sorted()).extracting(Diagnostic::toString).containsExactly(
                "content/gone.md:1:1: error: a link to a file that does not exist [outside-content]",
                "content/secret.md:1:1: error: a link to ../secret.md, outside the content folder; copy the file"
                        + " into the folder instead [outside-content]");
        assertThat(result.draft().files()).extracting(FileDraft::path).containsExactly("content/storage.md");
    }
}
