package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.nio.file.Path;

/** The references the diff tests compare: the diff and compare fixtures and the project's real content. */
final class References {

    private References() {
    }

    /** {@code fixtures/diff/content}: one of every kind of difference between 2.3.7 and 2.3.18. */
    static Reference fixture() {
        return load(Fixtures.fixture("diff").resolve("content"));
    }

    /** {@code fixtures/compare/content}: what the diff fixture leaves out, such as renamed events' histories. */
    static Reference compareFixture() {
        return load(Fixtures.fixture("compare").resolve("content"));
    }

    static Reference real() {
        return load(Fixtures.content());
    }

    static DiffReport compare(Reference reference, String from, String to) {
        return new Differ().compare(reference, Version.parse(from), Version.parse(to));
    }

    private static Reference load(Path content) {
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(content, "content");
        assertThat(loaded.diagnostics().sorted()).as("diagnostics of %s", content).isEmpty();
        return loaded.reference().orElseThrow();
    }
}
