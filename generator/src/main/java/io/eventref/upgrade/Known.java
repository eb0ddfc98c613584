package io.eventref.upgrade;

import io.eventref.model.AllowedValue;
import io.eventref.model.Category;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event, category, field or value of the whole reference, found by a name it has had in some
 * release ({@link Lifecycle#names}) or by an alias: for what a config names that neither release of an
 * upgrade has. {@code current} is its name now; {@code edition} the edition that emits it.
 */
record Known(String current, Lifecycle lifecycle, Edition edition) {

    Known {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(edition, "edition");
    }

    /** The event that is or was called {@code name}: by its current name or alias first, then by a former name. */
    static Optional<Known> event(Reference whole, String name) {
        Optional<Event> event = whole.findEvent(name)
                .or(() -> whole.events().stream().filter(e -> e.lifecycle().names(e.name()).contains(name)).findFirst());
        return event.map(e -> new Known(e.name(), e.lifecycle(), e.edition()));
    }

    /** The category that is or was called {@code name}. */
    static Optional<Known> category(Reference whole, String name) {
        Optional<Category> category = whole.findCategory(name).or(() -> whole.categories().stream()
                .filter(c -> c.lifecycle().names(c.name()).contains(name)).findFirst());
        return category.map(c -> new Known(c.name(), c.lifecycle(), c.edition()));
    }

    /**
     * The field that is or was called {@code field} on the event that is or was called {@code event}
     * (any of its declarations); its edition is the event's.
     */
    static Optional<Known> field(Reference whole, String event, String field) {
        Optional<Known> owner = event(whole, event);
        return owner.flatMap(known -> modelField(whole, known.current(), field))
                .map(f -> new Known(f.name(), f.lifecycle(), owner.get().edition()));
    }

    /** The field, as the whole reference has it, that is or was called {@code field} on the event called {@code event} now. */
    static Optional<Field> modelField(Reference whole, String event, String field) {
        List<Field> fields = whole.findEvents(event).stream().flatMap(declaration -> declaration.fields().stream())
                .toList();
        return fields.stream().filter(f -> f.name().equals(field)).findFirst()
                .or(() -> fields.stream().filter(f -> f.lifecycle().names(f.name()).contains(field)).findFirst());
    }

    /** The value of {@code field} (as the whole reference has it) that is or was {@code value}, in any case. */
    static Optional<Known> value(Field field, String value) {
        for (AllowedValue allowed : field.allowed()) {
            for (String name : allowed.lifecycle().names(allowed.value())) {
                if (name.equalsIgnoreCase(value)) {
                    return Optional.of(new Known(allowed.value(), allowed.lifecycle(), Edition.COMMUNITY));
                }
            }
        }
        return Optional.empty();
    }

    /** The name it has in {@code release}, if it exists then. */
    Optional<String> nameIn(Version release) {
        return lifecycle.existsIn(release) ? Optional.of(lifecycle.nameIn(release, current)) : Optional.empty();
    }

    /**
     * When it had the name {@code name}: "until 2.4.0", "from 2.4.0 on", "from 2.3.10 until 2.4.0", or
     * "always" (names compare in any case; the first match when it had the name twice; its current name
     * when it never had this one).
     */
    String period(String name) {
        List<String> names = lifecycle.names(current);
        List<Rename> renames = lifecycle.renames();
        int index = 0;
        while (index < names.size() - 1 && !names.get(index).equalsIgnoreCase(name)) {
            index++;
        }
        Version since = index == 0 ? lifecycle.added() : renames.get(index - 1).version();
        Version until = index < renames.size() ? renames.get(index).version() : lifecycle.removed();
        if (since == null && until == null) {
            return "always";
        }
        if (since == null) {
            return "until " + until;
        }
        return until == null ? "from " + since + " on" : "from " + since + " until " + until;
    }
}
