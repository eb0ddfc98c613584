package io.eventref.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.build.ReferenceLoader;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticReferenceTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void isAValidReferenceWithTheRealShape(long seed) throws IOException {
        new SiteWriter().writeFolder(temp.resolve("content"), SyntheticReference.generate(250, 22, seed));

        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(temp.resolve("content"), "content");

        assertThat(loaded.diagnostics().sorted()).isEmpty();
        Reference reference = loaded.reference().orElseThrow();
        assertThat(reference.events()).hasSize(250);
        assertThat(reference.sections()).hasSize(3);
        assertThat(reference.releases()).hasSize(22);
        Event event = reference.events().get(0);
        assertThat(event.fields()).anyMatch(field -> field.origin().endsWith(" base"));
        assertThat(event.fields().stream().filter(field -> field.origin().equals("own")).count()).isBetween(6L, 10L);
        assertThat(reference.events()).anyMatch(e -> e.lifecycle().added() != null)
                .anyMatch(e -> e.lifecycle().removed() != null);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42})
    void isTheSameForTheSameSeed(long seed) {
        List<OutputFile> first = SyntheticReference.generate(300, 10, seed);
        List<OutputFile> second = SyntheticReference.generate(300, 10, seed);

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).path()).isEqualTo(first.get(i).path());
            assertThat(second.get(i).content()).isEqualTo(first.get(i).content());
        }
        assertThat(SyntheticReference.generate(300, 10, seed + 1).get(3).content())
                .isNotEqualTo(first.get(3).content());
    }
}
