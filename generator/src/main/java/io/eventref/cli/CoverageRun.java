package io.eventref.cli;

import io.eventref.capture.ConformanceReader;
import io.eventref.capture.UnreachedReason;
import io.eventref.check.Coverage;
import io.eventref.check.CoverageJson;
import io.eventref.check.CoverageReport;
import io.eventref.check.CoverageText;
import io.eventref.check.EventsCheck;
import io.eventref.check.ReleaseRules;
import io.eventref.check.UnreachedReasons;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.json.Json;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code check-events --coverage}: the files checked per release (the one {@code --release} names,
 * else the one each file's name starts with, {@code 2.3.19.jsonl}, else the newest), and the
 * coverage report of each release, oldest first.
 */
final class CoverageRun {

    /** A file name that starts with a version: {@code 2.3.19.jsonl}, {@code 2.4.1.jsonl.gz}, {@code 2.4.1}. */
    private static final Pattern NAMED_RELEASE = Pattern.compile("^v?(\\d+(?:\\.\\d+)+)(?![\\d])(?:$|[^.\\d]|\\.\\D)");
    /** Where the reasons are by default, in the project. */
    static final Path DEFAULT_REASONS = Path.of("conformance", "unreached-reasons.tsv");

    private final CommandSpec spec;
    private final Reference reference;
    private final boolean strict;
    private final BiConsumer<EventsCheck, String> reader;

    /** {@code reader} checks one named input (a file or {@code -}) and reports what it cannot read. */
    CoverageRun(CommandSpec spec, Reference reference, boolean strict, BiConsumer<EventsCheck, String> reader) {
        this.spec = spec;
        this.reference = reference;
        this.strict = strict;
        this.reader = reader;
    }

    /**
     * Checks {@code files} and prints the reports; the exit status.
     *
     * @param release the release every file is checked against, or null for the one each file names
     * @param reasonsFile the reasons table, or null for the project's when it has one
     */
    int run(String release, List<String> files, Path reasonsFile, boolean json, PrintWriter out) {
        UnreachedReasons reasons = reasons(reasonsFile);
        Map<Version, List<String>> byRelease = new TreeMap<>();
        for (String file : files) {
            Version version = release != null ? ReleaseArgument.parse(spec, reference, "--release", release)
                    : named(file).orElse(reference.latest().version());
            byRelease.computeIfAbsent(version, key -> new ArrayList<>()).add(file);
        }
        List<CoverageReport> reports = new ArrayList<>();
        boolean unreadable = false;
        boolean invalid = false;
        for (Map.Entry<Version, List<String>> group : byRelease.entrySet()) {
            ReleaseRules rules = ReleaseRules.compile(reference, group.getKey(), strict);
            Coverage coverage = new Coverage(reference, rules, reasons);
            EventsCheck check = new EventsCheck(rules, 0, (file, line, event, problem) -> { }, coverage);
            group.getValue().forEach(file -> reader.accept(check, file));
            CoverageReport report = coverage.report(check.summary(), group.getValue().stream()
                    .map(file -> file.equals("-") ? CheckEventsCommand.STDIN_NAME : file).toList());
            reports.add(report);
            unreadable |= !report.summary().unreadable().isEmpty();
            invalid |= report.summary().invalid() > 0;
        }
        if (json) {
            out.print(Json.pretty(CoverageJson.tree(reports)));
        } else {
            CoverageText text = new CoverageText(out);
            reports.forEach(text::print);
        }
        return unreadable ? ExitCodes.USAGE : invalid ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** The release a file's name starts with; a usage error when it is not a listed one. */
    private Optional<Version> named(String file) {
        String name = file.equals("-") ? "" : Path.of(file).getFileName() == null ? "" : Path.of(file).getFileName().toString();
        Matcher matcher = NAMED_RELEASE.matcher(name);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String text = matcher.group(1);
        Optional<Version> version = Version.isValid(text) ? Optional.of(Version.parse(text)) : Optional.empty();
        if (version.isEmpty() || reference.findRelease(version.get()).isEmpty()) {
            throw new ParameterException(spec.commandLine(), file + ": its name says release " + text
                    + ", which the reference does not list (the releases are " + reference.versions().stream()
                    .map(Version::toString).collect(Collectors.joining(", ")) + "); name one with --release");
        }
        return version;
    }

    private UnreachedReasons reasons(Path given) {
        Path file = given != null ? given : ContentOptions.home().resolve(DEFAULT_REASONS);
        if (given == null && !Files.isRegularFile(file)) {
            return UnreachedReasons.NONE;
        }
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "--reasons: cannot read " + Paths.display(file)
                    + ": no such file");
        }
        Diagnostics malformed = new Diagnostics();
        List<UnreachedReason> rows;
        try {
            rows = ConformanceReader.reasons(file, Paths.display(file), malformed);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--reasons: cannot read " + Paths.display(file) + ": "
                    + e.getMessage());
        }
        if (malformed.warningCount() > 0) {
            Diagnostic first = malformed.sorted().get(0);
            throw new ParameterException(spec.commandLine(), first.source().file() + ":" + first.source().line()
                    + ": " + ConformanceReader.MALFORMED_REASON);
        }
        return (event, release) -> UnreachedReason.first(rows, event, release);
    }
}
