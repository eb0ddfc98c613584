package io.eventref.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.export.ModelExporter;
import io.eventref.json.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A small fixture reference that uses every construct of the content grammar, and the model
 * export it must give ({@code fixtures/basic/model.json}, reviewed by hand).
 */
class GoldenModelTest {

    @Test
    void theFixtureReferenceResolvesToTheGoldenModel() {
        Path fixture = Fixtures.fixture("basic");
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(fixture.resolve("content"), "content");

        assertThat(loaded.diagnostics().sorted()).isEmpty();
        Fixtures.assertGolden(fixture.resolve("model.json"),
                Json.pretty(new ModelExporter().toTree(loaded.reference().orElseThrow())));
    }
}
