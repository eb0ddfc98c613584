package io.eventref.cli;

import io.eventref.output.BuildOptions;
import io.eventref.build.InvalidOutputException;
import io.eventref.build.OutputRenderer;
import io.eventref.build.ReferenceLoader;
import io.eventref.build.Timings;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.output.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        List<OutputFile> files;
        try {
            files = new OutputRenderer().render(reference, options, phases);
        } catch (InvalidOutputException e) {
            e.problems().forEach(stderr::println);
            stderr.println("build failed: " + e.getMessage() + "; nothing was written; " + Paths.display(target)
                    + " is unchanged");
            return ExitCodes.PROBLEMS;
        }
        long writeStart = System.nanoTime();
        writer.write(target, files);
        phases.record("write", System.nanoTime() - writeStart);
        if (timings) {
            phases.phases().forEach(phase -> stdout.printf(Locale.ROOT, "%-10s %8.1f ms%n", phase.name(),
                    phase.millis()));
        }
        long pages = files.stream().filter(file -> file.path().endsWith(".html")).count();
        long schemas = files.stream().filter(file -> file.path().endsWith(".schema.json")).count();
        stdout.printf(Locale.ROOT, "built %s: %d events, %s, %s, %s, %d files in %.2f s%n", Paths.display(target),
                reference.events().stream().map(e -> e.name()).distinct().count(),
                DiagnosticFormat.count(pages, "page"), DiagnosticFormat.count(schemas, "schema"),
                DiagnosticFormat.count(loaded.diagnostics().warningCount(), "warning"), files.size(),
                (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }
}
