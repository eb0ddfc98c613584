package io.eventref.cli;

import io.eventref.build.ReferenceLoader;
import io.eventref.output.Timings;
import io.eventref.export.ModelExporter;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or yaml.")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("yaml")) {
            throw new ParameterException(spec.commandLine(), "--format: expected json or yaml, got '" + format + "'");
        }
        ReferenceLoader.Loaded loaded = new ReferenceLoader()
                .load(content.contentFolder(), content.displayFolder(), new Timings());
        if (loaded.reference().isEmpty()) {
            DiagnosticFormat.TEXT.print(loaded.diagnostics(), spec.commandLine().getErr());
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.reference().get();
        if (asOf != null) {
            reference = reference.asOf(release(reference));
        }
        var tree = new ModelExporter().toTree(reference);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? ModelExporter.toJson(tree) : ModelExporter.toYaml(tree));
        return ExitCodes.OK;
    }

    private Version release(Reference reference) {
        if (Version.isValid(asOf)) {
            Version version = Version.parse(asOf);
            if (reference.findRelease(version).isPresent()) {
                return version;
            }
        }
        throw new ParameterException(spec.commandLine(), "--as-of: '" + asOf + "' is not a listed release; "
                + "the releases are " + reference.versions().stream().map(Version::toString)
                .collect(Collectors.joining(", ")));
    }
}
