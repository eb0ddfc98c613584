package io.eventref.cli;

import io.eventref.diff.ReleaseReports;
import io.eventref.history.Lookup;
import io.eventref.history.History;
import io.eventref.history.HistoryJson;
import io.eventref.history.HistoryText;
import io.eventref.json.Json;
import io.eventref.model.Reference;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eventref history NAME}: the timeline of an event, a field or a category across the releases. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show when an event, a field (event.field) or a category was added, changed, deprecated "
                + "and removed; for a field name alone, which events carry it and since when.")
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Parameters(index = "0", paramLabel = "NAME",
            description = "An event (or alias), event.field, a category, or a field name.")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    TextOrJson format;

    @Override
    public Integer call() {
        Optional<Reference> loaded = content.loadReference(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.get();
        ReleaseReports reports = new ReleaseReports(reference);
        Lookup lookup = Lookup.of(new History(reference, reports.consecutive().stream().map(reports::report)
                .toList()), name);
        if (lookup.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "'" + name + "' names no "
                    + (name.indexOf('.') > 0 ? "field of an event (event.field)" : "event, category or field"));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == TextOrJson.JSON ? Json.pretty(HistoryJson.toTree(lookup))
                : new HistoryText(reference.releases().get(0).version()).render(lookup));
        return ExitCodes.OK;
    }
}
