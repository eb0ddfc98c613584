package io.eventref.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which differences break what integrators built: an event, field or category removed or renamed,
 * a field's type changed, its allowed values narrowed. Added things, deprecations and notes do not.
 */
final class BreakingChanges {

    private BreakingChanges() {
    }

    static List<Breaking> classify(List<Difference> differences) {
        List<Breaking> breaking = new ArrayList<>();
        differences.forEach(difference -> classify(difference).ifPresent(breaking::add));
        return breaking;
    }

    private static Optional<Breaking> classify(Difference difference) {
        if (difference instanceof Difference.Removed removed) {
            return Optional.of(new Breaking(pick(removed.subject(), Breaking.Kind.EVENT_REMOVED,
                    Breaking.Kind.FIELD_REMOVED, Breaking.Kind.CATEGORY_REMOVED), removed.subject(), Wording.why(removed)));
        }
        if (difference instanceof Difference.Renamed renamed) {
            return Optional.of(new Breaking(pick(renamed.before(), Breaking.Kind.EVENT_RENAMED,
                    Breaking.Kind.FIELD_RENAMED, Breaking.Kind.CATEGORY_RENAMED), renamed.before(), Wording.why(renamed)));
        }
        if (difference instanceof Difference.TypeChanged retyped) {
            return Optional.of(new Breaking(Breaking.Kind.TYPE_CHANGED, retyped.subject(), Wording.why(retyped)));
        }
        if (difference instanceof Difference.ValuesChanged values && values.narrowed()) {
            return Optional.of(new Breaking(Breaking.Kind.VALUES_NARROWED, values.subject(), Wording.why(values)));
        }
        return Optional.empty();
    }

    private static Breaking.Kind pick(Item subject, Breaking.Kind event, Breaking.Kind field, Breaking.Kind category) {
        return switch (subject.kind()) {
            case EVENT -> event;
            case FIELD -> field;
            case CATEGORY -> category;
        };
    }
}
