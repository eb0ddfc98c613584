package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.content.ContentDraft;
import io.eventref.content.ContentReader;
import io.eventref.model.Reference;

/** The project's real content, loaded once per test class that asks for it. */
final class RealReference {

    private RealReference() {
    }

    static ReferenceLoader.Loaded load() {
        return new ReferenceLoader().load(Fixtures.content(), "content");
    }

    static Reference reference() {
        ReferenceLoader.Loaded loaded = load();
        assertThat(loaded.diagnostics().sorted()).as("diagnostics of content/").isEmpty();
        return loaded.reference().orElseThrow();
    }

    static ContentDraft drafts() {
        return new ContentReader().read(Fixtures.content(), "content").draft();
    }

    static SeedPage seed() {
        return new SeedPage(Fixtures.read(Fixtures.reference("dovecot-2.3-events-page.txt")));
    }
}
