package io.eventref.cli;

import io.eventref.export.ModelExporter;
import io.eventref.json.Json;
import io.eventref.model.Reference;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventref model}: prints the resolved model, whole or as of one release. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Print the resolved model (the shape of schemas/model.schema.json).")
final class ModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--as-of", paramLabel = "RELEASE",
            description = "Only what existed in this release, with the fields it had then.")
    String asOf;

    /** How the model is printed. */
    enum Format {
        JSON, YAML;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or yaml.")
    Format format;

    @Override
    public Integer call() {
        Optional<Reference> loaded = content.loadReference(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.get();
        if (asOf != null) {
            reference = reference.asOf(ReleaseArgument.parse(spec, reference, "--as-of", asOf));
        }
        var tree = new ModelExporter().toTree(reference);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.JSON ? Json.pretty(tree) : Json.yaml(tree));
        return ExitCodes.OK;
    }
}
