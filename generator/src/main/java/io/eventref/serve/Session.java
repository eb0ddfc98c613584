package io.eventref.serve;

import io.eventref.output.OutputFile;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The builds of one {@code eventref serve}, one after the other: each build's preview of the open
 * pages and its whole site are published as they are made, its problems reported to the pages
 * and printed. After a failed build the last good site stays served (a preview of the failed build
 * is taken back).
 */
final class Session {

    private final Rebuilder rebuilder;
    private final LiveSite site;
    private final PrintWriter out;
    private final boolean timings;
    private long builds;
    /** The last site built whole. */
    private Snapshot lastBuilt = Snapshot.empty();
    /** New templates read by builds that failed, not yet in a served site. */
    private boolean newTemplates;
    private List<BuildProblem> printed = List.of();

    /** {@code timings}: print how long each phase of a build took. */
    Session(Rebuilder rebuilder, LiveSite site, PrintWriter out, boolean timings) {
        this.rebuilder = rebuilder;
        this.site = site;
        this.out = out;
        this.timings = timings;
    }

    /** Builds the site after {@code changes} and serves it, or reports why it cannot be. */
    synchronized void build(SourceWatcher.Changes changes, BooleanSupplier superseded) {
        long start = System.nanoTime();
        long first = builds + 1;
        newTemplates |= changes.templates();
        long[] previewed = {0, 0};
        Rebuilder.Outcome outcome = rebuilder.build(changes.templates(), site.openPages(), files -> {
            Snapshot now = site.snapshot();
            List<OutputFile> changed = files.stream()
                    .filter(file -> !Arrays.equals(now.find(file.path()).orElse(null), file.content()))
                    .toList();
            if (!changed.isEmpty()) {
                site.publish(now.with(++builds, changed));
                previewed[0] = System.nanoTime() - start;
                previewed[1] = changed.size();
            }
        }, superseded);
        if (outcome instanceof Rebuilder.Built built) {
            Snapshot next = site.snapshot().next(++builds, built.files(), newTemplates && lastBuilt.build() > 0);
            newTemplates = false;
            boolean initial = lastBuilt.build() == 0;
            lastBuilt = next;
            site.publish(next);
            site.report(built.warnings());
            printProblems(built.warnings());
            long changed = next.files().values().stream().filter(entry -> entry.since() >= first).count();
            out.printf(Locale.ROOT, "%s in %d ms: %d file%s%s%s%n", initial ? "built the site" : "rebuilt",
                    millis(System.nanoTime() - start), changed, changed == 1 ? "" : "s", initial ? "" : " changed",
                    previewed[1] == 0 ? "" : ", the open page" + (previewed[1] == 1 ? " was" : "s were")
                            + " served after " + millis(previewed[0]) + " ms");
            if (timings) {
                built.phases().forEach(phase -> out.printf(Locale.ROOT, "  %-12s %8.1f ms%n", phase.name(), phase.millis()));
            }
        } else if (outcome instanceof Rebuilder.Superseded) {
            // The next build, of the newer change, publishes the site.
            return;
        } else if (outcome instanceof Rebuilder.Failed failed) {
            if (previewed[1] != 0) {
                site.publish(site.snapshot().next(++builds, lastBuilt.contents(), false));
            }
            site.report(failed.problems());
            printProblems(failed.problems());
            out.println(lastBuilt.build() == 0
                    ? "nothing to serve until the errors are fixed"
                    : "the last good build is still served until the errors are fixed");
        }
        out.flush();
        site.settled();
    }

    private void printProblems(List<BuildProblem> problems) {
        if (!problems.equals(printed)) {
            problems.forEach(problem -> out.println(problem.text()));
            printed = problems;
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
