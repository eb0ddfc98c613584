package io.eventref.cli;

import io.eventref.config.ConfigReader;
import io.eventref.config.StatsSettings;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Differ;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import io.eventref.upgrade.StartingRelease;
import io.eventref.upgrade.UpgradeCheck;
import io.eventref.upgrade.UpgradeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eventref upgrade-check}: what an upgrade does to the events, categories and fields a Dovecot config names. */
@Command(name = "upgrade-check", mixinStandardHelpOptions = true,
        description = {
            "Read a Dovecot configuration (2.3 or 2.4 syntax, with its !include files) and report, for each metric, "
                    + "event exporter and event filter setting, what the upgrade from one release to another does to "
                    + "the events, categories and fields it names: renamed (with the line rewritten), removed, values "
                    + "changed, deprecated, or unknown to both releases.",
            "Exit status: 0 nothing breaks, 1 something breaks (or the content has errors), 2 usage error, "
                    + "unreadable or malformed config."})
final class UpgradeCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "The Dovecot configuration file.")
    Path config;

    @Option(names = "--from", paramLabel = "RELEASE",
            description = "The release the config runs on (default: the one its syntax implies).")
    String from;

    @Option(names = "--to", paramLabel = "RELEASE",
            description = "The release to upgrade to (default: the newest that shipped).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = UpgradeFormat.Converter.class,
            description = "text (default), json (as schemas/upgrade-check.schema.json says), or github (annotations).")
    UpgradeFormat format = UpgradeFormat.TEXT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String display = Paths.display(config);
        ConfigReader.Result read;
        try {
            read = new ConfigReader().read(config, display);
        } catch (IOException | InvalidPathException e) {
            err.println("eventref: cannot read the config " + display + ": " + reason(e));
            return ExitCodes.USAGE;
        }
        Optional<Reference> loaded = content.loadReference(err);
        if (loaded.isEmpty()) {
            err.println("upgrade-check: the content has errors; fix them first");
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.get();
        Version newer = to != null ? ReleaseArgument.parse(spec, reference, "--to", to) : reference.latest().version();
        String reason = "";
        Version older;
        if (from != null) {
            older = ReleaseArgument.parse(spec, reference, "--from", from);
        } else {
            StartingRelease start = StartingRelease.of(reference, StatsSettings.of(read.root()).syntax());
            older = start.version();
            reason = start.reason();
        }
        if (older.isAfter(newer)) {
            throw new ParameterException(spec.commandLine(), "--from " + older + " is after --to " + newer
                    + (from == null ? " (" + older + " is " + reason + "; give --from)" : ""));
        }
        DiffReport diff = older.isBefore(newer) ? new Differ().compare(reference, older, newer)
                : new DiffReport(older, newer, List.of());
        UpgradeReport report = new UpgradeCheck(reference, older, newer, diff).check(read, display, reason);
        format.print(report, out);
        if (report.malformed()) {
            err.println("eventref: " + display + " has " + DiagnosticFormat.count(
                    report.problems().stream().filter(Diagnostic::isError).count(), "error")
                    + " that Dovecot would reject");
            return ExitCodes.USAGE;
        }
        return report.breaks() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
