package io.eventref.upgrade;

import io.eventref.filter.FilterNode;
import java.util.List;

/**
 * Checks the conditions of one filter: first its events (which tell the fields' events), then its
 * categories, source locations and fields. Gives the events the filter can match, for the fields a
 * metric lists or groups by: every event when it names none, or only events unknown to both releases
 * (whose fields are then looked for anywhere); none when the events it names are of an edition the
 * releases do not both document (the check cannot follow their fields either).
 */
final class FilterCheck {

    private FilterCheck() {
    }

    static Carriers check(List<Condition> conditions, Upgrade upgrade, Outcome outcome) {
        Carriers named = new Carriers();
        EventCheck events = new EventCheck(upgrade, outcome, named);
        boolean namesEvents = false;
        for (Condition condition : conditions) {
            if (condition.kind() == FilterNode.Comparison.Kind.EVENT) {
                events.check(condition);
                namesEvents |= !condition.negated();
            }
        }
        boolean onlyNamed = namesEvents && (!named.isEmpty() || events.unfollowed());
        Carriers carriers = onlyNamed ? named : Carriers.every(upgrade);
        CategoryCheck categories = new CategoryCheck(upgrade, outcome);
        FieldCheck fields = new FieldCheck(upgrade, outcome, carriers);
        for (Condition condition : conditions) {
            switch (condition.kind()) {
                case CATEGORY -> categories.check(condition);
                case FIELD -> fields.check(FieldUse.filter(condition));
                case SOURCE_LOCATION -> outcome.add(Impact.WARNING, "source-location", condition.valueSpot().at(),
                        condition.written() + " names a line of Dovecot's sources, which moves from release to"
                                + " release; check it against the sources of " + upgrade.to(), condition.value());
                default -> {
                    // events are checked above
                }
            }
        }
        return carriers;
    }
}
