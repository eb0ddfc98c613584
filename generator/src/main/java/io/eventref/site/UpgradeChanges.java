package io.eventref.site;

import io.eventref.diff.ChangedItem;
import io.eventref.diff.ChangedLines;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Difference;
import io.eventref.diff.Outline;
import io.eventref.diff.ReleasePair;
import io.eventref.model.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change of an upgrade's report, one row per event or category by area: removed, renamed (with
 * the name it had), came and went, and the lines of its changes ({@link ChangedLines}, as the diff
 * pages word them). New events have a part of their own and are not repeated here.
 */
final class UpgradeChanges {

    private final UpgradeAreas areas;
    private final ReleasePair pair;

    UpgradeChanges(UpgradeAreas areas, ReleasePair pair) {
        this.areas = areas;
        this.pair = pair;
    }

    UpgradeAreas.Rows rows(DiffReport report) {
        UpgradeAreas.Rows rows = areas.new Rows();
        outline(rows, report.events(), false);
        outline(rows, report.categories(), true);
        return rows;
    }

    private void outline(UpgradeAreas.Rows rows, Outline outline, boolean categories) {
        for (Difference.Removed removed : outline.removed()) {
            String name = removed.subject().name();
            add(rows, categories, name, pair.from(), withNote(": removed in " + removed.version(), removed.note()),
                    null);
        }
        for (Difference.CameAndWent visit : outline.cameAndWent()) {
            String name = visit.subject().name();
            add(rows, categories, name, visit.added(), withNote(": added in " + visit.added() + ", removed in "
                    + visit.removed(), visit.note()), null);
        }
        Map<String, Difference.Renamed> renamed = new HashMap<>();
        outline.renamed().forEach(rename -> renamed.put(rename.subject().name(), rename));
        Map<String, ChangedItem> changed = new HashMap<>();
        outline.changed().forEach(item -> changed.put(item.name(), item));
        for (Difference.Renamed rename : outline.renamed()) {
            String name = rename.subject().name();
            add(rows, categories, name, pair.to(), withNote(" (renamed from `" + rename.before().name() + "` in "
                    + rename.version(), rename.note()) + ")", changed.get(name));
        }
        if (categories) {
            for (Difference.Added added : outline.added()) {
                String name = added.subject().name();
                add(rows, true, name, pair.to(), " (new in " + added.version() + ")", null);
            }
        }
        for (ChangedItem item : outline.changed()) {
            if (!renamed.containsKey(item.name())) {
                add(rows, categories, item.name(), pair.to(), "", item);
            }
        }
    }

    /**
     * Adds the row of the event or category that {@code release} calls {@code name}: {@code text} after
     * its name, and the lines of {@code changed} (null when it has none).
     */
    private void add(UpgradeAreas.Rows rows, boolean category, String name, Version release, String text,
            ChangedItem changed) {
        Link item = category ? areas.category(name, release) : areas.event(name, release, name);
        String area = category ? UpgradeAreas.CATEGORIES : areas.areaOf(name, release);
        String event = category ? "" : areas.event(name, release);
        List<UpgradePage.Text> lines = changed == null ? List.of()
                : ChangedLines.of(changed).stream().map(line -> areas.linked(line, event)).toList();
        rows.add(area, name, new UpgradePage.Row("", UpgradePage.Text.EMPTY, List.of(item), areas.linked(text, event),
                lines));
    }

    private static String withNote(String text, String note) {
        return note == null || note.isBlank() ? text : text + ": " + note;
    }
}
