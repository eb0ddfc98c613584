package io.eventref.reference;

import io.eventref.model.Version;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of the upstream Dovecot 2.4 event reference ({@code dovecot-2.4-events.tsv}, see the
 * README beside it): one row per event, event field, group ("inherits" upstream), group field,
 * global group and category, with its parents, its root category and the release of each tag.
 */
final class UpstreamTsv {

    /** The tags a row may carry, as the columns name them. */
    enum Tag {
        ADDED, CHANGED, DEPRECATED, REMOVED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One row; {@code field} is empty for rows that are not fields; {@code tags} by kind, each with its releases. */
    record Row(String kind, String name, String field, List<String> inherits, String rootCategory,
            Map<Tag, List<Version>> tags) {

        /** The row as the exceptions name it: {@code kind name field}. */
        String key() {
            return kind + "\t" + name + "\t" + field;
        }
    }

    private final List<Row> rows;

    UpstreamTsv(String text) {
        List<Row> parsed = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = Arrays.copyOf(lines[i].split("\t", -1), 9);
            Map<Tag, List<Version>> tags = new LinkedHashMap<>();
            for (Tag tag : Tag.values()) {
                String cell = cells[5 + tag.ordinal()];
                tags.put(tag, cell == null || cell.isBlank() ? List.of()
                        : Arrays.stream(cell.split(",")).map(String::strip).map(Version::parse).toList());
            }
            parsed.add(new Row(cells[0], cells[1], cells[2] == null ? "" : cells[2],
                    cells[3] == null || cells[3].isBlank() ? List.of() : List.of(cells[3].split(",")),
                    cells[4] == null ? "" : cells[4], tags));
        }
        this.rows = List.copyOf(parsed);
    }

    List<Row> rows(String kind) {
        return rows.stream().filter(row -> row.kind().equals(kind)).toList();
    }

    /** The row of the event {@code name}. */
    Row event(String name) {
        return rows("event").stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    /** The groups an event or group inherits, directly or through other groups, nearest first. */
    Set<String> groupsOf(String name) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        rows.stream().filter(row -> row.kind().equals("event") || row.kind().equals("group"))
                .forEach(row -> parents.merge(row.name(), row.inherits(), (a, b) -> a));
        Set<String> groups = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(parents.getOrDefault(name, List.of()));
        while (!todo.isEmpty()) {
            String parent = todo.removeFirst();
            if (groups.add(parent)) {
                todo.addAll(parents.getOrDefault(parent, List.of()));
            }
        }
        groups.retainAll(rows("group").stream().map(Row::name).toList());
        return groups;
    }

    /** The events that inherit {@code group}, directly or not. */
    List<Row> eventsInheriting(String group) {
        return rows("event").stream().filter(row -> groupsOf(row.name()).contains(group)).toList();
    }
}
