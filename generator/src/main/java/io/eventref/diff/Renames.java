package io.eventref.diff;

import io.eventref.model.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs what went away with what came, into renames: the new item has the old name as an alias,
 * the old one's removal note says "Renamed to `new`", or a note of the new one says "Renamed from
 * `old`". Each name is paired at most once.
 */
final class Renames {

    /** {@code before} became {@code after}; {@code note} tells of it (null when only an alias does). */
    record Rename(String before, String after, String note) {
    }

    private Renames() {
    }

    /**
     * @param removedNote the removal note of a removed name (may be null)
     * @param notes the change notes within the span of an added name
     * @param aliases the aliases of an added name (empty where there are none)
     */
    static List<Rename> pair(List<String> removed, List<String> added, Function<String, String> removedNote,
            Function<String, List<Change>> notes, Function<String, List<String>> aliases) {
        List<Rename> renames = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String old : removed) {
            for (String candidate : added) {
                if (taken.contains(candidate)) {
                    continue;
                }
                Optional<String> note = link(old, candidate, removedNote, notes, aliases);
                if (note.isPresent()) {
                    renames.add(new Rename(old, candidate, note.get().isEmpty() ? null : note.get()));
                    taken.add(candidate);
                    break;
                }
            }
        }
        return renames;
    }

    /** The note that links the two names ("" when an alias does), if anything does. */
    private static Optional<String> link(String old, String candidate, Function<String, String> removedNote,
            Function<String, List<Change>> notes, Function<String, List<String>> aliases) {
        String removal = removedNote.apply(old);
        if (RenameNotes.renamedTo(removal).filter(candidate::equals).isPresent()) {
            return Optional.of(removal);
        }
        for (Change change : notes.apply(candidate)) {
            if (RenameNotes.renamedFrom(change.note()).filter(old::equals).isPresent()) {
                return Optional.of(change.note());
            }
        }
        return aliases.apply(candidate).contains(old) ? Optional.of("") : Optional.empty();
    }

    /** The rename whose new name is {@code after}, if any. */
    static Optional<Rename> to(List<Rename> renames, String after) {
        return renames.stream().filter(rename -> rename.after().equals(after)).findFirst();
    }

    /** Whether {@code before} was renamed. */
    static boolean from(List<Rename> renames, String before) {
        return renames.stream().anyMatch(rename -> rename.before().equals(before));
    }
}
