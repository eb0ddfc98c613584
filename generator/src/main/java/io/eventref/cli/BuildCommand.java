package io.eventref.cli;

import io.eventref.output.BuildOptions;
import io.eventref.build.InvalidOutputException;
import io.eventref.build.OutputRenderer;
import io.eventref.build.ReferenceLoader;
import io.eventref.output.Timings;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.output.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = out != null ? out : ContentOptions.home().resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.checkReplaceable(target);
        Timings phases = new Timings();
        ReferenceLoader.Loaded loaded = new ReferenceLoader()
                .load(content.contentFolder(), content.displayFolder(), phases);
        diagnostics.format.print(loaded.diagnostics(), stderr);
        if (loaded.reference().isEmpty()) {
            stderr.println("build failed: nothing was written; " + Paths.display(target) + " is unchanged");
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.reference().get();
        BuildOptions options = new BuildOptions(Optional.ofNullable(baseUrl));
        AtomicLong files = new AtomicLong();
        AtomicLong pages = new AtomicLong();
        AtomicLong schemas = new AtomicLong();
        OutputRenderer renderer = new OutputRenderer();
        long outputStart = System.nanoTime();
        try {
            writer.write(target, sink -> renderer.render(reference, options, phases, file -> {
                files.incrementAndGet();
                if (file.path().endsWith(".html")) {
                    pages.incrementAndGet();
                } else if (file.path().endsWith(".schema.json")) {
                    schemas.incrementAndGet();
                }
                sink.write(file);
            }));
        } catch (InvalidOutputException e) {
            e.problems().forEach(stderr::println);
            stderr.println("build failed: " + e.getMessage() + "; nothing was written; " + Paths.display(target)
                    + " is unchanged");
            return ExitCodes.PROBLEMS;
        }
        phases.record("output", System.nanoTime() - outputStart);
        if (timings) {
            phases.phases().forEach(phase -> stdout.printf(Locale.ROOT, "%-12s %8.1f ms%n", phase.name(),
                    phase.millis()));
        }
        stdout.printf(Locale.ROOT, "built %s: %d events, %s, %s, %s, %d files in %.2f s%n", Paths.display(target),
                reference.events().stream().map(e -> e.name()).distinct().count(),
                DiagnosticFormat.count(pages.get(), "page"), DiagnosticFormat.count(schemas.get(), "schema"),
                DiagnosticFormat.count(loaded.diagnostics().warningCount(), "warning"), files.get(),
                (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }
}
