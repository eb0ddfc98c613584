package io.eventref.cli;

import io.eventref.output.OutputFile;
import io.eventref.output.SiteWriter;
import io.eventref.synthetic.SyntheticReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventref synthesize}: writes a synthetic reference of any size, for benchmarks. */
@Command(name = "synthesize", mixinStandardHelpOptions = true,
        description = "Write a synthetic reference in the content format (deterministic for a seed), for benchmarks.")
final class SynthesizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "N", description = "Number of events.")
    int events;

    @Option(names = "--releases", defaultValue = "22", paramLabel = "R", description = "Number of releases (default 22).")
    int releases;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The content folder to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (events < 1 || releases < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--events must be at least 1 and --releases at least 2");
        }
        List<OutputFile> files = SyntheticReference.generate(events, releases, seed);
        new SiteWriter().writeFolder(out, files);
        spec.commandLine().getOut().printf("wrote %s: %d events, %d releases, %d files%n", Paths.display(out),
                events, releases, files.size());
        return ExitCodes.OK;
    }
}
