package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparing many pairs of one reference, sharing the work, gives what comparing each alone does. */
class ComparisonsTest {

    @Test
    void skippingTheEventsNothingDatesWithinASpanChangesNoReport() {
        for (Reference reference : List.of(References.fixture(), References.compareFixture(), References.basic(),
                References.synthetic())) {
            Comparisons skipping = Comparisons.of(reference);
            Comparisons looking = new Comparisons(reference, null, false);

            for (ReleasePair pair : ReleasePair.all(reference)) {
                assertThat(skipping.compare(pair)).as("%s", pair).isEqualTo(looking.compare(pair));
            }
        }
    }

    @Test
    void plannedComparisonsInParallelAndInAnyOrderAreThoseOfTheDiffer() {
        Reference reference = References.compareFixture();
        List<ReleasePair> plan = ReleasePair.all(reference);
        Comparisons planned = Comparisons.planned(reference, plan);

        List<ReleasePair> backwards = new java.util.ArrayList<>(plan);
        java.util.Collections.reverse(backwards);
        List<DiffReport> made = new java.util.ArrayList<>(backwards.parallelStream().map(planned::compare).toList());
        java.util.Collections.reverse(made);

        assertThat(made).isEqualTo(plan.stream()
                .map(pair -> new Differ().compare(reference, pair.from(), pair.to())).toList());
        // Asked again after the views it needed were let go, a pair is still the same.
        assertThat(planned.compare(plan.get(3))).isEqualTo(made.get(3));
    }

    @Test
    void pairsAreEveryTwoReleasesOldestFirstAndTheConsecutiveOnes() {
        Reference reference = References.fixture();

        assertThat(ReleasePair.all(reference)).hasSize(15).first().hasToString("2.3.0 to 2.3.7");
        assertThat(ReleasePair.consecutive(reference)).extracting(ReleasePair::slug)
                .containsExactly("2.3.0-to-2.3.7", "2.3.7-to-2.3.9", "2.3.9-to-2.3.10", "2.3.10-to-2.3.11",
                        "2.3.11-to-2.3.18");
    }
}
