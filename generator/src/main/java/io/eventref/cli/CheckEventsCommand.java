package io.eventref.cli;

import io.eventref.check.CheckSummary;
import io.eventref.check.EventInput;
import io.eventref.check.EventsCheck;
import io.eventref.check.JsonReport;
import io.eventref.check.ReleaseRules;
import io.eventref.check.TextReport;
import io.eventref.json.Json;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eventref check-events}: validates exported event lines against the reference of one release. */
@Command(name = "check-events", mixinStandardHelpOptions = true,
        description = {
            "Check lines exported by Dovecot's event exporter (format = json; plain or gzip) against the "
                    + "schemas of one release, as events.schema.json (or, --strict, events.strict.schema.json) does.",
            "Undocumented events and field names are warnings (errors with --strict). "
                    + "Exit status: 0 all valid, 1 some invalid (or the content has errors), "
                    + "2 usage error or unreadable input.",
            "--coverage reports instead what the lines cover of each release: the documented events observed "
                    + "and never observed (with the reasons of --reasons), and the undocumented events, fields and "
                    + "categories, type mismatches and context fields they carry. Without --release, each file "
                    + "is checked against the release its name starts with (2.3.19.jsonl), else the newest."})
final class CheckEventsCommand implements Callable<Integer> {

    /** What {@code -} stands for in reports. */
    static final String STDIN_NAME = "<stdin>";

    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--release", paramLabel = "RELEASE", description = "The release to check against (default: the newest).")
    String release;

    @Option(names = "--strict", description = "Reject events and field names the reference does not document.")
    boolean strict;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "10",
            description = "Show at most N invalid lines per event name (default: ${DEFAULT-VALUE}); all are counted.")
    int maxErrors;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): problems as found, then a summary; json: one document at the end.")
    TextOrJson format;

    @Option(names = "--coverage", description = "Report what the lines cover of each release instead of each problem.")
    boolean coverage;

    @Option(names = "--reasons", paramLabel = "FILE", description = "With --coverage: why documented events may not "
            + "be observed, a table of event (or prefix*), releases and reason, tab-separated "
            + "(default: conformance/unreached-reasons.tsv of the project, when there is one).")
    Path reasons;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files of exported lines, or - for standard input.")
    List<String> files;

    /** {@code stdin}: what {@code -} reads. */
    CheckEventsCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkUsage();
        Optional<Reference> loaded = content.loadReference(err);
        if (loaded.isEmpty()) {
            err.println("check-events: the content has errors; fix them first");
            return ExitCodes.PROBLEMS;
        }
        Reference reference = loaded.get();
        if (coverage) {
            return new CoverageRun(spec, reference, strict, (check, file) -> read(check, file, err))
                    .run(release, files, reasons, format == TextOrJson.JSON, out);
        }
        Version version = release == null ? reference.latest().version()
                : ReleaseArgument.parse(spec, reference, "--release", release);
        ReleaseRules rules = ReleaseRules.compile(reference, version, strict);
        boolean json = format == TextOrJson.JSON;
        TextReport text = new TextReport(out);
        JsonReport machine = new JsonReport();
        EventsCheck check = new EventsCheck(rules, maxErrors, json ? machine : text);
        for (String file : files) {
            read(check, file, err);
        }
        CheckSummary summary = check.summary();
        if (json) {
            out.print(Json.pretty(machine.tree(summary)));
        } else {
            text.summary(summary);
        }
        if (!summary.unreadable().isEmpty()) {
            return ExitCodes.USAGE;
        }
        return summary.invalid() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private void checkUsage() {
        if (maxErrors < 0) {
            throw new ParameterException(spec.commandLine(), "--max-errors: expected 0 or more, got " + maxErrors);
        }
        if (reasons != null && !coverage) {
            throw new ParameterException(spec.commandLine(), "--reasons is for --coverage");
        }
        if (files.stream().filter(file -> file.equals("-")).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
    }

    private void read(EventsCheck check, String file, PrintWriter err) {
        boolean standardInput = file.equals("-");
        String name = standardInput ? STDIN_NAME : file;
        try (InputStream in = standardInput ? EventInput.decompressed(new NonClosing(stdin))
                : EventInput.open(Path.of(file))) {
            check.check(name, in);
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            String reason = reason(e);
            check.unreadable(name, reason);
            err.println(name + ": cannot read: " + reason);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /** Standard input stays open for whoever owns it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns standard input
        }
    }
}
