package io.eventref.build;

import io.eventref.content.ContentReader;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Reference;
import io.eventref.resolve.LifecycleTable;
import io.eventref.render.Timings;
import io.eventref.resolve.Resolver;
import io.eventref.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a content folder into a {@link Reference}: read, work out the lifecycles (the first pass of
 * resolving), validate, resolve the rest. When the content has errors there is no reference, only
 * the diagnostics.
 */
public final class ReferenceLoader {

    /**
     * The reference (empty when the content has errors), every diagnostic found, and how long
     * each stage took ({@code parse}, {@code validate}, {@code resolve}: the stages that ran).
     */
    public record Loaded(Optional<Reference> reference, Diagnostics diagnostics, List<Timings.Phase> phases) {
        public Loaded {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(diagnostics, "diagnostics");
            phases = List.copyOf(phases);
        }
    }

    private final ContentReader reader;
    private final Validator validator = new Validator();
    private final Resolver resolver = new Resolver();

    public ReferenceLoader() {
        this(new ContentReader());
    }

    /** A loader that reads content with {@code reader} (one that remembers its parses, say). */
    public ReferenceLoader(ContentReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Loads {@code folder}; messages name files as {@code displayFolder/file.md}. */
    public Loaded load(Path folder, String displayFolder) {
        Timings timings = new Timings();
        ContentReader.Result read = timings.time("parse", () -> reader.read(folder, displayFolder));
        Diagnostics diagnostics = read.diagnostics();
        LifecycleTable lifecycles = timings.time("lifecycles", () -> LifecycleTable.of(read.draft()));
        diagnostics.addAll(timings.time("validate", () -> validator.validate(read.draft(), lifecycles)));
        if (diagnostics.hasErrors()) {
            return new Loaded(Optional.empty(), diagnostics, timings.phases());
        }
        Reference reference = timings.time("resolve", () -> resolver.resolve(read.draft(), lifecycles));
        return new Loaded(Optional.of(reference), diagnostics, timings.phases());
    }
}
