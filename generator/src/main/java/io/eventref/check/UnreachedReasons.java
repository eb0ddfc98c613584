package io.eventref.check;

import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a workload does not reach some documented events ({@code conformance/unreached-reasons.tsv}):
 * one row a line, three tab-separated columns: an event name (or a prefix ending in {@code *}), the
 * releases the row applies to ({@code *}, a series such as {@code 2.4}, or one release), and the
 * reason. Blank lines and lines starting with {@code #} are comments. The first row that matches
 * wins. Immutable.
 */
public final class UnreachedReasons {

    /** No reasons at all. */
    public static final UnreachedReasons NONE = new UnreachedReasons(List.of());

    /** One row of the table. */
    private record Row(String event, String releases, String reason) {

        boolean matches(String name, Version release) {
            boolean eventMatches = event.endsWith("*") ? name.startsWith(event.substring(0, event.length() - 1))
                    : name.equals(event);
            String version = release.toString();
            boolean releaseMatches = releases.equals("*") || releases.equals(version)
                    || version.startsWith(releases + ".");
            return eventMatches && releaseMatches;
        }
    }

    /** A table that is not as the format says; the message names the line. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    private final List<Row> rows;

    private UnreachedReasons(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * The table in {@code lines} (without line ends), read from {@code source} (how messages name it).
     *
     * @throws MalformedException naming {@code source:line} when a row does not have three non-empty columns
     */
    public static UnreachedReasons parse(List<String> lines, String source) throws MalformedException {
        Objects.requireNonNull(source, "source");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank() || columns[2].isBlank()) {
                throw new MalformedException(source + ":" + (i + 1) + ": expected three tab-separated columns "
                        + "(event or prefix*, releases, reason), got " + describe(columns));
            }
            rows.add(new Row(columns[0].strip(), columns[1].strip(), columns[2].strip()));
        }
        return new UnreachedReasons(rows);
    }

    private static String describe(String[] columns) {
        if (columns.length != 3) {
            return columns.length + (columns.length == 1 ? " column" : " columns");
        }
        return "an empty column";
    }

    /** Why the workload does not reach {@code event} in {@code release}, if a row says. */
    public Optional<String> reason(String event, Version release) {
        return rows.stream().filter(row -> row.matches(event, release)).map(Row::reason).findFirst();
    }
}
