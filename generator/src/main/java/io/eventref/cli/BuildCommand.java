package io.eventref.cli;

import io.eventref.build.InvalidOutputException;
import io.eventref.build.OutputRenderer;
import io.eventref.build.ReferenceLoader;
import io.eventref.capture.Conformance;
import io.eventref.capture.ConformanceReader;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.output.SiteWriter;
import io.eventref.render.BuildCache;
import io.eventref.render.BuildOptions;
import io.eventref.render.Timings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eventref build}: checks the content and, when it has no errors, builds the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the content and build the site (model.json, pages, schemas); "
                + "nothing is written when there are errors.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Mixin
    DiagnosticOptions diagnostics = new DiagnosticOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "The site folder (default: site/ of the project).")
    Path out;

    @Option(names = "--timings", description = "Print how long each phase took.")
    boolean timings;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site will be published, for absolute URLs in sitemap.xml and schema ids.")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Where the build keeps what it learnt about its output (schemas checked, pages' links,"
                    + " zips) so that a rebuild does not derive it again (default: one file per site folder"
                    + " under $XDG_CACHE_HOME/eventref or ~/.cache/eventref).")
    Path cacheFile;

    @Option(names = "--no-cache", description = "Neither use nor keep that cache.")
    boolean noCache;

    @Option(names = "--conformance", paramLabel = "DIR",
            description = "The conformance folder: captures/<release>.jsonl (the lines real servers exported),"
                    + " captures/<release>.server and unreached-reasons.tsv, for the conformance page and the"
                    + " examples of the event pages (default: conformance/ beside the content folder; without"
                    + " captures, the site has neither).")
    Path conformance;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = out != null ? out : ContentOptions.home().resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.checkReplaceable(target);
        Path conformanceFolder = conformanceFolder(spec, conformance, content.contentFolder());
        Timings phases = new Timings();
        // The captures are read beside the content, which they do not depend on.
        CompletableFuture<ConformanceReader.Result> reading = CompletableFuture.supplyAsync(
                () -> phases.time("captures", () -> readConformance(conformanceFolder)));
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(content.contentFolder(), content.displayFolder());
        loaded.phases().forEach(phases::record);
        if (loaded.reference().isEmpty()) {
            diagnostics.format.print(loaded.diagnostics(), stderr);
            stderr.println("build failed: nothing was written; " + Paths.display(target) + " is unchanged");
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.reference().get();
        ConformanceReader.Result captures = join(reading);
        BuildCache cache = cache(target);
        BuildOptions options = new BuildOptions(Optional.ofNullable(baseUrl), cache);
        AtomicLong files = new AtomicLong();
        AtomicLong pages = new AtomicLong();
        AtomicLong schemas = new AtomicLong();
        OutputRenderer renderer = new OutputRenderer();
        long outputStart = System.nanoTime();
        // The content's warnings and those rendering finds (text that sanitising drops), printed together.
        Diagnostics found = new Diagnostics();
        found.addAll(loaded.diagnostics());
        captures.warnings().forEach(warning -> found.warning(warning.source(), warning.rule(), warning.message()));
        SiteWriter.Publication publication;
        try {
            publication = writer.write(target, sink -> renderer.render(reference, captures.conformance(), options,
                    phases, file -> {
                files.incrementAndGet();
                if (file.path().endsWith(".html")) {
                    pages.incrementAndGet();
                } else if (file.path().endsWith(".schema.json")) {
                    schemas.incrementAndGet();
                }
                sink.write(file);
            }).forEach(warning -> found.warning(warning.source(), warning.rule(), warning.message())));
        } catch (InvalidOutputException e) {
            diagnostics.format.print(found, stderr);
            e.problems().forEach(stderr::println);
            stderr.println("build failed: " + e.getMessage() + "; nothing was written; " + Paths.display(target)
                    + " is unchanged");
            return ExitCodes.PROBLEMS;
        }
        diagnostics.format.print(found, stderr);
        phases.record("output", System.nanoTime() - outputStart);
        phases.record("leftovers", publication.leftoverNanos());
        phases.record("switch", publication.switchNanos());
        publication.leftovers().forEach(leftover -> stderr.println("warning: a leftover of an earlier build could"
                + " not be removed (the next build tries again): " + leftover));
        cache.save();
        if (timings) {
            phases.phases().forEach(phase -> stdout.printf(Locale.ROOT, "%-12s %8.1f ms%n", phase.name(),
                    phase.millis()));
            stdout.printf(Locale.ROOT, "%-12s %d linked from the last build, %d written%n", "files",
                    publication.linked(), publication.written());
        }
        stdout.printf(Locale.ROOT, "built %s: %d events, %s, %s, %s, %d files in %.2f s%n", Paths.display(target),
                reference.events().stream().map(e -> e.name()).distinct().count(),
                DiagnosticFormat.count(pages.get(), "page"), DiagnosticFormat.count(schemas.get(), "schema"),
                DiagnosticFormat.count(found.warningCount(), "warning"), files.get(),
                (System.nanoTime() - start) / 1e9);
        stdout.println(conformanceSummary(conformanceFolder, captures.conformance()));
        return ExitCodes.OK;
    }

    /**
     * The folder of --conformance ({@code given}), which must be a folder, else conformance/ beside
     * {@code contentFolder}; build and serve read the same.
     */
    static Path conformanceFolder(CommandSpec spec, Path given, Path contentFolder) {
        if (given == null) {
            return ConformanceReader.besideContent(contentFolder);
        }
        if (!Files.isDirectory(given)) {
            throw new ParameterException(spec.commandLine(), "--conformance: no such folder: " + Paths.display(given));
        }
        return given;
    }

    /** The conformance folder read; empty when it has no captures. */
    private static ConformanceReader.Result readConformance(Path folder) {
        try {
            return new ConformanceReader().read(folder, Paths.display(folder));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The line of the summary that says which captures the site shows, or that it has none. */
    private static String conformanceSummary(Path folder, Conformance read) {
        if (read.isEmpty()) {
            return "no conformance captures in " + Paths.display(folder.resolve("captures"))
                    + ": the site has no conformance page and no captured examples";
        }
        return String.format(Locale.ROOT, "conformance: %s of Dovecot %s, %d lines, from %s",
                DiagnosticFormat.count(read.runs().size(), "capture"),
                read.runs().stream().map(run -> run.release().toString()).collect(Collectors.joining(", ")),
                read.runs().stream().mapToLong(run -> run.capture().lines()).sum(), Paths.display(folder));
    }

    /**
     * The cache of the build into {@code target}: none with --no-cache; a jar's build is stamped
     * with its jar, else (tests) only a --cache given is used, with a fixed stamp.
     */
    private BuildCache cache(Path target) {
        if (noCache) {
            return BuildCache.disabled();
        }
        if (cacheFile != null) {
            return BuildCache.open(cacheFile, BuildCache.generatorStamp().orElse("unpackaged"));
        }
        Optional<String> stamp = BuildCache.generatorStamp();
        Optional<Path> file = BuildCache.defaultFile(target);
        return stamp.isPresent() && file.isPresent() ? BuildCache.open(file.get(), stamp.get()) : BuildCache.disabled();
    }
}
