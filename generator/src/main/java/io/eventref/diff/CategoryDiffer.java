package io.eventref.diff;

import io.eventref.model.Category;
import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The differences between the categories of the two releases, in alphabetical order of their
 * current names: added, removed, renamed, deprecated, came and went, and the notes of those in
 * both. A category keeps its identity across its renames.
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
        List<Difference> differences = new ArrayList<>();
        for (Category category : whole.values()) {
            Lifecycle lifecycle = category.lifecycle();
            Optional<Category> then = in(before, category, span.from());
            Optional<Category> now = in(after, category, span.to());
            if (now.isPresent() && then.isPresent()) {
                Item subject = Item.category(now.get().name());
                span.rename(lifecycle).ifPresent(rename -> differences.add(new Difference.Renamed(
                        Item.category(then.get().name()), subject, rename.version(), rename.note())));
                differences.addAll(Happenings.of(span, subject, now.get().lifecycle()));
            } else if (now.isPresent()) {
                Item subject = Item.category(now.get().name());
                differences.add(new Difference.Added(subject, span.firstWith(lifecycle::existsIn)));
                Happenings.deprecation(span, subject, now.get().lifecycle()).ifPresent(differences::add);
            } else if (then.isPresent()) {
                if (span.documents(span.to(), category.edition())) {
                    differences.add(removal(then.get().name(), lifecycle));
                }
            } else {
                cameAndWent(category).ifPresent(differences::add);
            }
        }
        return differences;
    }

    /** The category as {@code view} has it, under the name it had in {@code release}, if it was there. */
    private static Optional<Category> in(SortedMap<String, Category> view, Category category, Version release) {
        if (!category.lifecycle().existsIn(release)) {
            return Optional.empty();
        }
        return Optional.ofNullable(view.get(category.lifecycle().nameIn(release, category.name())));
    }

    private Difference removal(String name, Lifecycle lifecycle) {
        Version version = span.firstWithout(span.from(), lifecycle::existsIn);
        return new Difference.Removed(Item.category(name), version,
                version.equals(lifecycle.removed()) ? lifecycle.removedNote() : null);
    }

    private Optional<Difference> cameAndWent(Category category) {
        Lifecycle lifecycle = category.lifecycle();
        if (!span.existedBetween(release -> lifecycle.existsIn(release)
                && span.documents(release, category.edition()))) {
            return Optional.empty();
        }
        Version added = span.firstWith(lifecycle::existsIn);
        Version removed = span.firstWithout(added, lifecycle::existsIn);
        return Optional.of(new Difference.CameAndWent(Item.category(lifecycle.nameIn(added, category.name())),
                added, removed, removed.equals(lifecycle.removed()) ? lifecycle.removedNote() : null));
    }
}
