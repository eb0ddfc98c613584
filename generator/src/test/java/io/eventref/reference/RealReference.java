package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.content.ContentDraft;
import io.eventref.content.ContentReader;
import io.eventref.model.Reference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    /** The names of the events in the conformance captures of real servers ({@code conformance/captures}). */
    static Set<String> observedEvents() {
        Path captures = Fixtures.content().resolveSibling("conformance").resolve("captures");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(captures)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jsonl")).sorted().toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.map(EVENT::matcher).filter(Matcher::find).forEach(matcher -> names.add(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static final Pattern EVENT = Pattern.compile("^\\{\"event\":\"([^\"]+)\"");

    static SeedPage seed() {
        return new SeedPage(Fixtures.read(Fixtures.reference("dovecot-2.3-events-page.txt")));
    }
}
