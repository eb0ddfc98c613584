package io.eventref.diff;

import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One reference made ready to compare many pairs of its releases: what a comparison reads of the
 * whole model and of each release ({@link Reference#asOf}) is worked out once and shared, and an
 * event that nothing {@link Dated dates} within a pair's span is not looked at. Thread-safe.
 *
 * <p>A view of a release is kept while a planned pair still needs it (see {@link #planned}); with
 * no plan, every view is kept.
 */
public final class Comparisons {

    private final Reference reference;
    private final View whole;
    private final Map<Version, View> views = new ConcurrentHashMap<>();
    /** How many planned comparisons still need each release's view; null when there is no plan. */
    private final Map<Version, AtomicInteger> uses;
    private final boolean skipUndated;

    Comparisons(Reference reference, List<ReleasePair> plan, boolean skipUndated) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.whole = View.of(reference);
        this.skipUndated = skipUndated;
        if (plan == null) {
            this.uses = null;
        } else {
            this.uses = new ConcurrentHashMap<>();
            for (ReleasePair pair : plan) {
                uses.computeIfAbsent(pair.from(), release -> new AtomicInteger()).incrementAndGet();
                uses.computeIfAbsent(pair.to(), release -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    /** Comparisons of any pairs of {@code reference}'s releases, keeping each release's view once made. */
    public static Comparisons of(Reference reference) {
        return new Comparisons(reference, null, true);
    }

    /**
     * Comparisons of the pairs of {@code plan}, each asked for once: a release's view is let go after
     * the last of them that needs it, so that a big reference does not hold one copy per release.
     */
    public static Comparisons planned(Reference reference, List<ReleasePair> plan) {
        return new Comparisons(reference, List.copyOf(plan), true);
    }

    /**
     * The differences from {@code pair.from()} to {@code pair.to()}: events (by name, in alphabetical
     * order, each with its fields), then categories.
     *
     * @throws java.util.NoSuchElementException when a version is not a listed release
     */
    public DiffReport compare(ReleasePair pair) {
        Objects.requireNonNull(pair, "pair");
        reference.requireRelease(pair.from());
        reference.requireRelease(pair.to());
        Span span = new Span(whole, pair.from(), pair.to(), view(pair.from()), view(pair.to()));
        List<Difference> differences = new ArrayList<>(new EventDiffer(span, skipUndated).compare());
        differences.addAll(new CategoryDiffer(span).compare());
        return new DiffReport(pair.from(), pair.to(), differences);
    }

    private View view(Version release) {
        View view = views.computeIfAbsent(release, version -> View.of(reference.asOf(version)));
        AtomicInteger left = uses == null ? null : uses.get(release);
        if (left != null && left.decrementAndGet() <= 0) {
            views.remove(release, view);
        }
        return view;
    }
}
