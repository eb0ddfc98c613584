package io.eventref.diff;

import io.eventref.model.Category;
import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The differences between the categories of the two releases, in alphabetical order: added,
 * removed, renamed, deprecated, came and went, and the notes of those in both.
 */
final class CategoryDiffer {

    private final Span span;
    private final SortedMap<String, Category> before;
    private final SortedMap<String, Category> after;
    private final SortedMap<String, Category> whole;

    CategoryDiffer(Span span) {
        this.span = span;
        this.before = span.before().categories();
        this.after = span.after().categories();
        this.whole = span.whole().categories();
    }

    List<Difference> compare() {
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name)).toList();
        List<Renames.Rename> renames = Renames.pair(removed, added,
                name -> whole.get(name).lifecycle().removedNote(),
                name -> span.notes(after.get(name).lifecycle()), name -> List.of());
        List<Difference> differences = new ArrayList<>();
        for (Category category : whole.values()) {
            if (after.containsKey(category.name())) {
                differences.addAll(present(after.get(category.name()), renames));
            } else if (before.containsKey(category.name())) {
                if (!Renames.from(renames, category.name())) {
                    differences.add(removal(category));
                }
            } else {
                cameAndWent(category).ifPresent(differences::add);
            }
        }
        return differences;
    }

    private List<Difference> present(Category now, List<Renames.Rename> renames) {
        Item subject = Item.category(now.name());
        Lifecycle lifecycle = now.lifecycle();
        Optional<Renames.Rename> rename = Renames.to(renames, now.name());
        List<Difference> differences = new ArrayList<>();
        if (rename.isPresent()) {
            differences.add(new Difference.Renamed(Item.category(rename.get().before()), subject,
                    span.firstWith(lifecycle::existsIn), rename.get().note()));
            Lifecycle across = Lineage.across(whole.get(rename.get().before()).lifecycle(), lifecycle);
            differences.addAll(Happenings.of(span, subject, across, null, rename.get().note()));
        } else if (before.containsKey(now.name())) {
            differences.addAll(Happenings.of(span, subject, lifecycle, Item::category, null));
        } else {
            differences.add(new Difference.Added(subject, span.firstWith(lifecycle::existsIn)));
            Happenings.deprecation(span, subject, lifecycle).ifPresent(differences::add);
        }
        return differences;
    }

    private Difference removal(Category category) {
        Lifecycle lifecycle = category.lifecycle();
        Version version = span.firstWithout(span.from(), lifecycle::existsIn);
        return new Difference.Removed(Item.category(category.name()), version,
                version.equals(lifecycle.removed()) ? lifecycle.removedNote() : null);
    }

    private Optional<Difference> cameAndWent(Category category) {
        Lifecycle lifecycle = category.lifecycle();
        if (!span.existedBetween(lifecycle::existsIn)) {
            return Optional.empty();
        }
        Version added = span.firstWith(lifecycle::existsIn);
        Version removed = span.firstWithout(added, lifecycle::existsIn);
        return Optional.of(new Difference.CameAndWent(Item.category(category.name()), added, removed,
                removed.equals(lifecycle.removed()) ? lifecycle.removedNote() : null));
    }
}
