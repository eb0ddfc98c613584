package io.eventref.site;

import java.util.List;

/**
 * The conformance page: the servers run (one row per run, oldest release first), how many of each
 * section's events each run observed ({@code releases} are the columns; a count is "observed of
 * documented", or "–" where the release documents none; {@code total} sums them), the documented
 * events no run observed, with the reason, and the events the runs observed that the reference does
 * not document. Every text here is plain text, the captured names included.
 */
public record ConformancePage(
        Layout layout,
        List<RunRow> runs,
        List<String> releases,
        List<SectionRow> sections,
        SectionRow total,
        List<UnreachedRow> unreached,
        List<UndocumentedRun> undocumented) {

    /**
     * A run: its release, the server as recorded ("" when not), the lines of its capture and how many
     * were not read as events, the distinct events in it, how many documented events it observed,
     * and {@code compared}, a note when the reference was compared as of another release.
     */
    public record RunRow(String release, String server, long lines, long skipped, int events, String observed,
            String compared) {
    }

    /** A section (or the total) and, per run, "observed of documented". */
    public record SectionRow(Link section, List<String> counts) {
    }

    /** The documented events that the same runs did not observe for the same reason, the runs, and why. */
    public record UnreachedRow(List<Link> events, List<String> releases, String reason) {
    }

    /** The events a run observed that the reference does not document in its release. */
    public record UndocumentedRun(String release, List<Observed> events) {
    }

    /** An event name a capture holds, and how many of its lines have it ("3 lines"). */
    public record Observed(String name, String lines) {
    }
}
