package io.eventref.history;

import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.history.Moment.What;
import java.util.Optional;

/** The moment a difference of a report between consecutive releases is in the timeline of one item. */
final class Moments {

    private Moments() {
    }

    /**
     * The moment {@code difference} is for the item called {@code item}: {@code owner} is the item
     * the difference is about (the event of a field), {@code formerOwner} that item's name before, for
     * a rename (else null). Empty when the difference is about another item, or is one the history
     * leaves to the diff (types, values, origins, processes).
     */
    static Optional<Moment> of(Difference difference, String owner, String formerOwner, String item) {
        Item subject = difference.subject();
        boolean ofField = subject.kind() == Item.Kind.FIELD;
        String field = ofField ? subject.field() : null;
        String origin = ofField ? subject.origin() : null;
        if (difference instanceof Difference.Renamed renamed) {
            if (!ofField && item.equals(formerOwner)) {
                return Optional.of(new Moment(renamed.version(), What.RENAMED_TO, null, null, renamed.note(),
                        subject.name()));
            }
            return item.equals(owner) ? Optional.of(new Moment(renamed.version(), What.RENAMED_FROM, field, origin,
                    renamed.note(), renamed.before().name())) : Optional.empty();
        }
        if (!item.equals(owner)) {
            return Optional.empty();
        }
        if (difference instanceof Difference.Added added) {
            return Optional.of(new Moment(added.version(), What.ADDED, field, origin, null, null));
        }
        if (difference instanceof Difference.Removed removed) {
            return Optional.of(new Moment(removed.version(), What.REMOVED, field, origin, removed.note(), null));
        }
        if (difference instanceof Difference.Deprecated deprecated) {
            return Optional.of(new Moment(deprecated.version(), What.DEPRECATED, field, origin, deprecated.note(),
                    null));
        }
        if (difference instanceof Difference.Noted noted) {
            return Optional.of(new Moment(noted.version(), What.CHANGED, field, origin, noted.note(), null));
        }
        return Optional.empty();
    }
}
