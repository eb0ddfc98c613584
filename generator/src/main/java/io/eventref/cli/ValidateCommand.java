package io.eventref.cli;

import io.eventref.build.ReferenceLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eventref validate}: checks the content and reports every problem, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the content and print every problem found; exit 1 when there are errors.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Mixin
    DiagnosticOptions diagnostics = new DiagnosticOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReferenceLoader.Loaded loaded = new ReferenceLoader()
                .load(content.contentFolder(), content.displayFolder());
        diagnostics.format.print(loaded.diagnostics(), out);
        if (diagnostics.format == DiagnosticFormat.TEXT && loaded.reference().isPresent()) {
            var reference = loaded.reference().get();
            out.println("ok: " + reference.events().stream().map(e -> e.name()).distinct().count() + " events, "
                    + reference.groups().size() + " groups, " + reference.categories().size() + " categories, "
                    + reference.releases().size() + " releases");
        }
        return loaded.diagnostics().hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
