package io.eventref.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inheritance three thousand groups deep, as a hostile or generated content folder may have it: the
 * cycle check walks it once (it used to search again from every group: 2,000 levels took minutes,
 * 10,000 never finished) and the resolver carries the root's field down to the event.
 */
class DeepInheritanceTest {

    private static final int DEPTH = 3_000;

    @TempDir
    Path temp;

    /** A content folder with groups G0 ... G{depth-1}, each inheriting from the one before, and an event. */
    private Path content(String extraInherits) throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Path fixture = Fixtures.fixture("schemas").resolve("content");
        for (String file : new String[] {"releases.yaml", "categories.md", "global-fields.md"}) {
            Files.copy(fixture.resolve(file), content.resolve(file));
        }
        StringBuilder text = new StringBuilder("---\nkind: section\nid: deep\norder: 10\n---\n# Deep\n\n");
        for (int i = 0; i < DEPTH; i++) {
            text.append("## Group: G").append(i).append("\n\n");
            if (i == 0) {
                text.append("| Field | Type | Values | Description |\n|---|---|---|---|\n| `root` | string | | Root. |\n\n");
            } else {
                text.append("Inherits from: G").append(i - 1).append("\n\n");
            }
            if (i == DEPTH - 1 && !extraInherits.isEmpty()) {
                text.append("## Group: Loop\n\nInherits from: ").append(extraInherits).append("\n\n");
            }
        }
        text.append("## Event: deep_event\n\nInherits from: G").append(DEPTH - 1).append("\n\nDeep.\n");
        Files.writeString(content.resolve("deep.md"), text);
        return content;
    }

    @Test
    void aChainThreeThousandDeepValidatesAndResolves() throws IOException {
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(content(""), "content");

        assertThat(loaded.diagnostics().sorted()).isEmpty();
        Reference reference = loaded.reference().orElseThrow();
        Event event = reference.events().stream().filter(e -> e.name().equals("deep_event")).findFirst().orElseThrow();
        assertThat(event.fields()).extracting(Field::name, Field::origin).contains(
                org.assertj.core.groups.Tuple.tuple("root", "G0"));
    }

    @Test
    void aCycleBelowADeepChainIsReportedOnceAtItsFirstMember() throws IOException {
        // Loop inherits from the whole chain, and from itself by way of Loop2.
        Path content = content("G" + (DEPTH - 1) + ", Loop2");
        Files.writeString(content.resolve("loop.md"), "---\nkind: section\nid: loop\norder: 20\n---\n# Loop\n\n"
                + "## Group: Loop2\n\nInherits from: Loop\n");

        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(content, "content");

        assertThat(loaded.diagnostics().sorted()).extracting(Diagnostic::message)
                .containsExactly("inheritance cycle: Loop -> Loop2 -> Loop");
        assertThat(loaded.reference()).isEmpty();
    }
}
