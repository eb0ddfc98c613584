package io.eventref.check;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.json.JsonLines;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Throughput of {@code check-events}' engine on one core: writes N generated lines of the real
 * reference's newest release (one in 1000 invalid), then checks the file several times and prints
 * lines/s. Run with {@code bench/check-events.sh [LINES] [--gzip] [--keep FILE]}.
 */
public final class CheckEventsBenchmark {

    private CheckEventsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long count = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0]) : 1_000_000;
        boolean gzip = java.util.Arrays.asList(args).contains("--gzip");
        int keep = java.util.Arrays.asList(args).indexOf("--keep");
        Reference reference = new ReferenceLoader().load(Fixtures.content(), "content")
                .reference().orElseThrow(() -> new IllegalStateException("content/ has errors"));
        Version release = reference.latest().version();
        Path file = keep >= 0 ? Path.of(args[keep + 1]) : Files.createTempFile("eventref-bench", gzip ? ".jsonl.gz" : ".jsonl");
        try (OutputStream out = output(file, gzip)) {
            new SampleLines(reference, release).write(out, count, 1000);
        }
        System.out.printf(Locale.ROOT, "%d lines, %.1f MB%s, release %s%n", count, Files.size(file) / 1e6,
                gzip ? " (gzip)" : "", release);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            long lines = parseOnly(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "baseline %d (split lines, Jackson tokens only): %.2f s, %,.0f lines/s%n",
                    run, seconds, lines / seconds);
        }
        ReleaseRules rules = ReleaseRules.compile(reference, release, false);
        for (int run = 1; run <= 5; run++) {
            EventsCheck check = new EventsCheck(rules, 10, (f, line, event, problem) -> { });
            long start = System.nanoTime();
            try (InputStream in = EventInput.open(file)) {
                check.check(file.toString(), in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            CheckSummary summary = check.summary();
            System.out.printf(Locale.ROOT, "run %d: %.2f s, %,.0f lines/s (%d valid, %d invalid)%n", run, seconds,
                    summary.lines() / seconds, summary.valid(), summary.invalid());
        }
        if (keep < 0) {
            Files.delete(file);
        }
    }

    /** Reads and tokenizes every line without checking anything: the floor under the checker's cost. */
    private static long parseOnly(Path file) throws IOException {
        com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
        long tokens = 0;
        try (InputStream in = EventInput.open(file)) {
            JsonLines reader = new JsonLines(in, JsonLines.DEFAULT_MAX_LINE);
            while (reader.next()) {
                try (com.fasterxml.jackson.core.JsonParser parser =
                        json.createParser(reader.bytes(), reader.offset(), reader.length())) {
                    while (parser.nextToken() != null) {
                        tokens++;
                    }
                }
            }
            if (tokens == 0) {
                throw new IllegalStateException("no tokens");
            }
            return reader.number();
        }
    }

    private static OutputStream output(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }
}
