package io.eventref.check;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * Reports for people, like a compiler: {@code file:line: event: location: message} as found
 * (warnings marked {@code warning:}), then the summary and a table per event name. What comes from
 * the input is printed with control characters escaped ({@link Printable}), so that no input line
 * can make a report line of its own.
 */
public final class TextReport implements EventsCheck.Listener {

    private final PrintWriter out;
    private boolean printed;

    public TextReport(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void problem(String file, long line, String event, Problem problem) {
        StringBuilder text = new StringBuilder(Printable.escape(file)).append(':').append(line).append(": ");
        if (event != null) {
            text.append(Printable.escape(Printable.cut(event))).append(": ");
        }
        if (!problem.isError()) {
            text.append("warning: ");
        }
        out.println(text.append(Printable.escape(problem.describe())));
        printed = true;
    }

    public void summary(CheckSummary summary) {
        for (String file : summary.empty()) {
            out.println(Printable.escape(file) + ": warning: no lines to check (the input is empty)");
            printed = true;
        }
        if (printed) {
            out.println();
        }
        out.printf(Locale.ROOT, "%s%s: %s, %d valid, %d invalid (%d malformed), %s of undocumented events, %s%n",
                summary.release(), summary.strict() ? " (strict)" : "", count(summary.lines(), "line"),
                summary.valid(), summary.invalid(), summary.malformed(), count(summary.undocumented(), "line"),
                count(summary.warnings(), "warning"));
        if (!summary.events().isEmpty()) {
            int width = Math.max(5, summary.events().stream().mapToInt(count -> name(count).length()).max().orElse(0));
            out.printf(Locale.ROOT, "%-" + width + "s %10s %10s %10s  %s%n", "event", "lines", "valid", "invalid", "note");
            for (EventCount count : summary.events()) {
                String row = String.format(Locale.ROOT, "%-" + width + "s %10d %10d %10d  %s", name(count),
                        count.lines(), count.valid(), count.invalid(), count.note() == null ? "" : count.note());
                out.println(row.stripTrailing());
            }
        }
        if (summary.hidden() > 0) {
            out.printf(Locale.ROOT, "%s not shown (at most %d per event; see --max-errors)%n",
                    count(summary.hidden(), "more invalid line"), summary.maxErrors());
        }
        if (summary.hiddenWarnings() > 0) {
            out.printf(Locale.ROOT, "%s not shown (at most %d are)%n",
                    count(summary.hiddenWarnings(), "more distinct warning"), EventsCheck.MAX_WARNINGS_SHOWN);
        }
    }

    private static String name(EventCount count) {
        return Printable.escape(count.event());
    }

    /** "1 line", "2 lines". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
