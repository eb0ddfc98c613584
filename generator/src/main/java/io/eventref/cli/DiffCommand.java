package io.eventref.cli;

import io.eventref.diff.DiffJson;
import io.eventref.diff.DiffMarkdown;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Differ;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import io.eventref.site.DiffReportHtml;
import io.eventref.site.Templates;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eventref diff FROM TO}: what changed between two releases, and what of it breaks. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare the reference as of two releases: events, fields and categories added, removed, "
                + "renamed, deprecated or changed, with the notes in between and the breaking changes.")
final class DiffCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format {
        MD, HTML, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Parameters(index = "0", paramLabel = "FROM", description = "The older release, such as 2.3.10 or v2.3.10.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The newer release.")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (default; for release notes and pull requests), html (a standalone page) or json.")
    Format format;

    /** What makes the command fail. */
    enum FailOn {
        BREAKING;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--fail-on", paramLabel = "WHAT",
            description = "breaking: exit with status 1 when there are breaking changes (for CI).")
    FailOn failOn;

    @Override
    public Integer call() {
        Optional<Reference> loaded = content.loadReference(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.get();
        Version older = ReleaseArgument.parse(spec, reference, "FROM", from);
        Version newer = ReleaseArgument.parse(spec, reference, "TO", to);
        if (!older.isBefore(newer)) {
            throw new ParameterException(spec.commandLine(), "FROM must be older than TO: " + older
                    + (older.equals(newer) ? " is the same release" : " is newer than " + newer));
        }
        DiffReport report = new Differ().compare(reference, older, newer);
        spec.commandLine().getOut().print(render(report));
        int breaking = report.breaking().size();
        if (failOn == FailOn.BREAKING && breaking > 0) {
            spec.commandLine().getErr().println("eventref: " + DiagnosticFormat.count(breaking, "breaking change")
                    + " from " + older + " to " + newer);
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }

    private String render(DiffReport report) {
        return switch (format) {
            case JSON -> DiffJson.toJson(report);
            case HTML -> new DiffReportHtml(new Templates()).render(report);
            case MD -> DiffMarkdown.toMarkdown(report);
        };
    }
}
