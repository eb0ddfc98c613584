package io.eventref.capture;

import io.eventref.diagnostic.Diagnostic;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a conformance folder: {@code captures/<release>.jsonl} (each read once, the captures in
 * parallel), the server beside each ({@code captures/<release>.server}: {@code key: value} lines,
 * keys {@code dovecot}, {@code package}, {@code system}) and {@code unreached-reasons.tsv} (event or
 * prefix*, series, reason; {@code #} comments). Each part may be missing: a folder without captures
 * is {@link Conformance#NONE}. What cannot be used is a warning at its position, and left out.
 */
public final class ConformanceReader {

    static final String CAPTURES = "captures";
    static final String REASONS = "unreached-reasons.tsv";
    /** What is wrong with a malformed row of the reasons table. */
    public static final String MALFORMED_REASON =
            "expected three columns separated by tabs (event or prefix*, series, reason)";
    private static final String SUFFIX = ".jsonl";

    /** What was read, and the warnings about what could not be. */
    public record Result(Conformance conformance, List<Diagnostic> warnings) {
        public Result {
            Objects.requireNonNull(conformance, "conformance");
            warnings = List.copyOf(warnings);
        }
    }

    /** The conformance folder of a content folder by default: {@code conformance/} beside it. */
    public static Path besideContent(Path content) {
        Path absolute = content.toAbsolutePath().normalize();
        return (absolute.getParent() == null ? absolute : absolute.getParent()).resolve("conformance");
    }

    /**
     * Reads {@code folder}; messages name its files under {@code display}.
     *
     * @throws IOException when a file that is there cannot be read
     */
    public Result read(Path folder, String display) throws IOException {
        Diagnostics warnings = new Diagnostics();
        Path captures = folder.resolve(CAPTURES);
        List<Path> files = captureFiles(captures, display + "/" + CAPTURES, warnings);
        if (files.isEmpty()) {
            return new Result(Conformance.NONE, warnings.sorted());
        }
        List<Run> runs;
        try {
            runs = files.parallelStream().map(file -> run(file, display + "/" + CAPTURES)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        runs.forEach(run -> run.capture().warnings().forEach(warning -> warnings.warning(warning.source(),
                warning.rule(), warning.message())));
        List<UnreachedReason> reasons = reasons(folder.resolve(REASONS), display + "/" + REASONS, warnings);
        List<Run> servers = new ArrayList<>();
        for (Run run : runs) {
            Path server = captures.resolve(run.release() + ".server");
            servers.add(new Run(run.release(), run.file(), ServerFile.read(server,
                    display + "/" + CAPTURES + "/" + server.getFileName(), warnings), run.capture()));
        }
        return new Result(new Conformance(servers, reasons), warnings.sorted());
    }

    /** The captures in {@code folder}, oldest release first; a name that is not a release is a warning. */
    private static List<Path> captureFiles(Path folder, String display, Diagnostics warnings) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                String name = file.getFileName().toString();
                if (Version.isValid(release(file))) {
                    files.add(file);
                } else {
                    warnings.warning(SourceRef.startOf(display + "/" + name), "capture-name", "a capture is named"
                            + " after the release it was taken from, like 2.3.19" + SUFFIX + "; this one is left out");
                }
            }
        }
        files.sort(Comparator.comparing(file -> Version.parse(release(file))));
        return files;
    }

    private static String release(Path capture) {
        String name = capture.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private static Run run(Path file, String display) {
        String shown = display + "/" + file.getFileName();
        try (InputStream in = Files.newInputStream(file)) {
            return new Run(Version.parse(release(file)), shown, Server.UNKNOWN, new CaptureReader().read(in, shown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a small text file, read as UTF-8 (a byte that is not is replaced, not an error). */
    static List<String> lines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * The rows of a reasons table ({@code unreached-reasons.tsv}: event or prefix*, series, reason,
     * tab-separated; blank lines and {@code #} comments skipped), in the file's order; none when the
     * file is not there. A malformed row is a warning in {@code warnings} and left out.
     *
     * @throws IOException when the file is there but cannot be read
     */
    public static List<UnreachedReason> reasons(Path file, String display, Diagnostics warnings) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<UnreachedReason> reasons = new ArrayList<>();
        List<String> lines = ConformanceReader.lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            SourceRef at = new SourceRef(display, i + 1, 1);
            if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank() || columns[2].isBlank()) {
                warnings.warning(at, "unreached-reason", MALFORMED_REASON + "; the row is left out");
            } else {
                reasons.add(new UnreachedReason(columns[0].strip(), columns[1].strip(), columns[2].strip(), at));
            }
        }
        return reasons;
    }
}
