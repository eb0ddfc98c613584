package io.eventref.check;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * Reports for people, like a compiler: {@code file:line: event: location: message} as found
 * (warnings marked {@code warning:}), then the summary and a table per event name.
 */
public final class TextReport implements EventsCheck.Listener {

    private final PrintWriter out;
    private boolean printed;

    public TextReport(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void problem(String file, long line, String event, Problem problem) {
        StringBuilder text = new StringBuilder(file).append(':').append(line).append(": ");
        if (event != null) {
            text.append(event).append(": ");
        }
        if (!problem.isError()) {
            text.append("warning: ");
        }
        out.println(text.append(problem.describe()));
        printed = true;
    }

    public void summary(CheckSummary summary) {
        if (printed) {
            out.println();
        }
        out.printf(Locale.ROOT, "%s%s: %d lines, %d valid, %d invalid (%d malformed), %d lines of undocumented events,"
                        + " %d warnings%n", summary.release(), summary.strict() ? " (strict)" : "", summary.lines(),
                summary.valid(), summary.invalid(), summary.malformed(), summary.undocumented(), summary.warnings());
        if (!summary.events().isEmpty()) {
            int width = Math.max(5, summary.events().stream().mapToInt(count -> count.event().length()).max().orElse(0));
            out.printf(Locale.ROOT, "%-" + width + "s %10s %10s %10s  %s%n", "event", "lines", "valid", "invalid", "note");
            for (EventCount count : summary.events()) {
                String row = String.format(Locale.ROOT, "%-" + width + "s %10d %10d %10d  %s", count.event(),
                        count.lines(), count.valid(), count.invalid(), count.note() == null ? "" : count.note());
                out.println(row.stripTrailing());
            }
        }
        if (summary.hidden() > 0) {
            out.printf(Locale.ROOT, "%d more invalid lines not shown (at most %d per event; see --max-errors)%n",
                    summary.hidden(), summary.maxErrors());
        }
    }
}
