package io.eventref.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads renames out of the content's notes, where the model has no other record of them: "Renamed
 * from `x`", "previously named `x`", "formerly called `x`" name the old name; "Renamed to `y`" (in a
 * removal note) names the new one. The name must be in backticks.
 */
final class RenameNotes {

    private static final Pattern FROM = Pattern.compile(
            "(?i)\\b(?:renamed from|previously (?:named|called)|formerly(?: named| called)?|was (?:named|called))"
                    + "\\s+`([^`]+)`");
    private static final Pattern TO = Pattern.compile("(?i)\\brenamed (?:to|as)\\s+`([^`]+)`");

    private RenameNotes() {
    }

    /** The old name that {@code note} says the item had, if it says so. */
    static Optional<String> renamedFrom(String note) {
        return first(FROM, note);
    }

    /** The new name that {@code note} says the item was given, if it says so. */
    static Optional<String> renamedTo(String note) {
        return first(TO, note);
    }

    private static Optional<String> first(Pattern pattern, String note) {
        if (note == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(note);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
