package io.eventref.content;

import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of version markers ({@code New in version 2.3.7.}, {@code Changed in version 2.3.11: note},
 * {@code Deprecated in version X: note}, {@code Removed in version X: note}, {@code Renamed in version X:
 * from `old_name`.}) and the detection of
 * near misses ({@code new in 2.3.7}, {@code Added in version 2.3.7}, {@code New in version 2.3.x}).
 */
final class MarkerSyntax {

    static final String RULE = "malformed-marker";

    private static final Pattern START = Pattern.compile("\\b(New|Changed|Deprecated|Removed|Renamed) in version ");
    private static final Pattern MARKER = Pattern.compile(
            "(New|Changed|Deprecated|Removed|Renamed) in version (v?\\d+(?:\\.\\d+)+)(?:(\\.)|:\\s*(.*?))?\\s*",
            Pattern.DOTALL);
    private static final Pattern NEAR_MISS = Pattern.compile(
            "\\b(new|added|changed|deprecated|removed|renamed|introduced)\\s+(?:in|since)\\s+(?:version\\s+)?v?\\d[\\w.]*",
            Pattern.CASE_INSENSITIVE);

    private MarkerSyntax() {
    }

    /** Whether {@code line} starts like a marker (well formed or not), so it is not description. */
    static boolean looksLikeMarkerLine(String line) {
        Matcher nearMiss = NEAR_MISS.matcher(line);
        return nearMiss.lookingAt() || START.matcher(line).lookingAt();
    }

    /** The offset where the markers at the end of a table cell start, or -1. */
    static int markersStart(String cell) {
        Matcher matcher = START.matcher(cell);
        return matcher.find() ? matcher.start() : -1;
    }

    /**
     * Parses one or more markers that fill {@code text} (a directive line with its continuation, or
     * the end of a cell). {@code position} maps an offset in {@code text} to a source position.
     */
    static List<Marker> parse(String text, IntFunction<SourceRef> position, Diagnostics diagnostics) {
        List<Marker> markers = new ArrayList<>();
        Matcher starts = START.matcher(text);
        List<Integer> offsets = new ArrayList<>();
        while (starts.find()) {
            offsets.add(starts.start());
        }
        if (offsets.isEmpty() || offsets.get(0) != 0) {
            reportNearMiss(text, 0, position, diagnostics);
            return markers;
        }
        for (int i = 0; i < offsets.size(); i++) {
            int from = offsets.get(i);
            int to = i + 1 < offsets.size() ? offsets.get(i + 1) : text.length();
            parseOne(text.substring(from, to), from, position, diagnostics).ifPresent(markers::add);
        }
        return markers;
    }

    private static Optional<Marker> parseOne(String chunk, int offset, IntFunction<SourceRef> position,
            Diagnostics diagnostics) {
        SourceRef source = position.apply(offset);
        Matcher matcher = MARKER.matcher(chunk);
        if (!matcher.matches()) {
            String example = chunk.startsWith("Renamed") ? "'Renamed in version 2.4.0: from `old_name`.'"
                    : "'New in version 2.3.7.' or 'Changed in version 2.3.7: note'";
            diagnostics.error(source, RULE, "malformed version marker '" + firstWords(chunk) + "'; write it as "
                    + example);
            return Optional.empty();
        }
        MarkerKind kind = MarkerKind.fromWord(matcher.group(1));
        String note = matcher.group(4) == null ? "" : matcher.group(4).strip();
        if (kind == MarkerKind.NEW && !note.isEmpty()) {
            diagnostics.error(source, RULE, "'New in version' takes no note; put what changed in a "
                    + "'Changed in version' marker or in the description");
            return Optional.empty();
        }
        if (kind == MarkerKind.CHANGED && note.isEmpty()) {
            diagnostics.error(source, RULE, "'Changed in version " + matcher.group(2)
                    + "' needs a note that says what changed: 'Changed in version X: note'");
            return Optional.empty();
        }
        if (!Version.isValid(matcher.group(2))) {
            diagnostics.error(source, RULE, "version " + matcher.group(2) + ": a part of a version is at most "
                    + Version.MAX_PART);
            return Optional.empty();
        }
        if (kind == MarkerKind.RENAMED && !Marker.RENAMED_FROM.matcher(note).lookingAt()) {
            diagnostics.error(source, RULE, "'Renamed in version " + matcher.group(2)
                    + "' names the old name first: 'Renamed in version X: from `old_name`.'");
            return Optional.empty();
        }
        return Optional.of(new Marker(kind, Version.parse(matcher.group(2)), note, source));
    }

    /**
     * Reports every marker-like phrase in description text: a well-formed marker in the middle of a
     * sentence, or a near miss such as {@code new in 2.3.7}.
     */
    static void reportNearMiss(String text, int baseOffset, IntFunction<SourceRef> position,
            Diagnostics diagnostics) {
        Matcher nearMiss = NEAR_MISS.matcher(text);
        while (nearMiss.find()) {
            String phrase = nearMiss.group();
            SourceRef source = position.apply(baseOffset + nearMiss.start());
            if (MARKER.matcher(text.substring(nearMiss.start())).lookingAt()) {
                diagnostics.error(source, RULE, "version marker '" + phrase
                        + "' in the middle of text; a marker starts its own line or ends a table cell");
            } else {
                diagnostics.error(source, RULE, "'" + phrase + "' looks like a version marker but is not one; "
                        + "write '" + suggestion(nearMiss) + "'");
            }
        }
    }

    private static String suggestion(Matcher nearMiss) {
        String word = nearMiss.group(1).toLowerCase(Locale.ROOT);
        String kind = switch (word) {
            case "changed" -> "Changed";
            case "deprecated" -> "Deprecated";
            case "removed" -> "Removed";
            case "renamed" -> "Renamed";
            default -> "New";
        };
        Matcher version = Pattern.compile("v?\\d+(?:\\.\\d+)+").matcher(nearMiss.group());
        String number = version.find() ? version.group().replaceFirst("^v", "") : "2.3.7";
        String rest = switch (kind) {
            case "New" -> ".";
            case "Renamed" -> ": from `old_name`.";
            default -> ": note";
        };
        return kind + " in version " + number + rest;
    }

    private static String firstWords(String chunk) {
        String line = chunk.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
