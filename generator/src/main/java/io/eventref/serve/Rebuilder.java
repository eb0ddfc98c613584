package io.eventref.serve;

import io.eventref.build.InvalidOutputException;
import io.eventref.build.OutputRenderer;
import io.eventref.build.ReferenceLoader;
import io.eventref.capture.ConformanceReader;
import io.eventref.content.ContentReader;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.render.BuildCache;
import io.eventref.render.BuildOptions;
import io.eventref.render.Timings;
import io.eventref.site.Templates;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Builds the site in memory, again and again, with the stages of {@code eventref build}: each build
 * parses again only the content files whose text changed ({@link ContentReader#remembering}), checks
 * and resolves the whole reference, and takes from the last good build every page, schema and report
 * whose input is equal ({@link BuildCache#value}), so that only those whose input changed are made.
 * Not thread-safe: one build at a time.
 */
final class Rebuilder {

    /** What a build gave: the whole site, or the problems that keep it from being served. */
    sealed interface Outcome permits Built, Failed, Superseded {
    }

    /** The site's files by path, the warnings about the content, and how long each phase took. */
    record Built(Map<String, byte[]> files, List<BuildProblem> warnings, List<Timings.Phase> phases) implements Outcome {
    }

    /** The errors (and warnings) that stopped the build; nothing of it is served. */
    record Failed(List<BuildProblem> problems) implements Outcome {
    }

    /** The build was given up for a newer change (its preview, if any, was made). */
    record Superseded() implements Outcome {
    }

    /** Thrown through the renderers to give a build up. */
    private static final class GivenUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GivenUp() {
            super("a newer change came", null, false, false);
        }
    }

    private final Path content;
    private final String displayContent;
    private final Optional<Path> templatesFolder;
    private final ConformanceReader.Result captures;
    private final ReferenceLoader loader = new ReferenceLoader(ContentReader.remembering());
    private OutputRenderer renderer;
    /** The cache of the last build that succeeded: what the next one may take again. */
    private BuildCache lastGood = BuildCache.inMemory();

    /**
     * Builds {@code content} (named {@code displayContent} in messages) with the templates of
     * {@code templatesFolder}, or those of the jar when empty, and the conformance captures read
     * (their warnings are those of every build).
     */
    Rebuilder(Path content, String displayContent, Optional<Path> templatesFolder, ConformanceReader.Result captures) {
        this.content = Objects.requireNonNull(content, "content");
        this.displayContent = Objects.requireNonNull(displayContent, "displayContent");
        this.templatesFolder = Objects.requireNonNull(templatesFolder, "templatesFolder");
        this.captures = Objects.requireNonNull(captures, "captures");
    }

    /**
     * Builds the site. {@code readTemplates}: read the templates again (they changed, or this is the
     * first build). When the content has no errors, the pages among {@code preview} are made first
     * and handed to {@code previewed}, before the rest of the build, which is given up as soon as
     * {@code superseded} says that a newer change came.
     */
    Outcome build(boolean readTemplates, Set<String> preview, Consumer<List<OutputFile>> previewed,
            BooleanSupplier superseded) {
        if (readTemplates || renderer == null) {
            renderer = new OutputRenderer(templatesFolder.map(Templates::of).orElseGet(Templates::new));
        }
        try {
            Timings timings = new Timings();
            ReferenceLoader.Loaded loaded = loader.load(content, displayContent);
            loaded.phases().forEach(timings::record);
            List<BuildProblem> found = new ArrayList<>(loaded.diagnostics().sorted().stream().map(BuildProblem::of).toList());
            captures.warnings().stream().map(BuildProblem::of).forEach(found::add);
            if (loaded.reference().isEmpty()) {
                return new Failed(found);
            }
            Reference reference = loaded.reference().get();
            BuildCache cache = lastGood.next();
            BuildOptions options = new BuildOptions(Optional.empty(), cache);
            if (!preview.isEmpty()) {
                previewed.accept(timings.time("preview", () -> renderer.preview(reference, captures.conformance(), options, preview)));
            }
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            List<Diagnostic> warnings = renderer.render(reference, captures.conformance(), options, timings, file -> {
                if (superseded.getAsBoolean()) {
                    throw new GivenUp();
                }
                files.put(file.path(), file.content());
            });
            warnings.stream().sorted().map(BuildProblem::of).forEach(found::add);
            lastGood = cache;
            return new Built(files, found, timings.phases());
        } catch (GivenUp e) {
            return new Superseded();
        } catch (InvalidOutputException e) {
            return new Failed(e.problems().stream().map(problem -> BuildProblem.ofBuild("invalid-output", problem)).toList());
        } catch (UncheckedIOException e) {
            return new Failed(List.of(BuildProblem.ofBuild("unreadable", message(e))));
        } catch (RuntimeException e) {
            // A template that fails, or a bug: the server keeps serving the last good build and says why.
            return new Failed(List.of(BuildProblem.ofBuild("build-failed", message(e))));
        }
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : text.toString();
    }
}
