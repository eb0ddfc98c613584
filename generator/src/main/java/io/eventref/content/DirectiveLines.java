package io.eventref.content;

import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a paragraph of directive lines ({@code New in version 2.3.7.}, {@code Inherits from: A, B},
 * ...) into the item that owns it. A line that starts no directive continues the marker above it.
 */
final class DirectiveLines {

    static final String MALFORMED = "malformed-directive";
    private static final Pattern DIRECTIVE = Pattern.compile("(Inherits from|Categories|Aliases|Process|Contexts|Edition):(.*)");
    private static final Pattern ALMOST = Pattern.compile(
            "(inherits from|categories|category|aliases|alias|process|contexts|context|edition)\\b\\s*[^:\\s].*", Pattern.CASE_INSENSITIVE);

    private DirectiveLines() {
    }

    /** Whether the paragraph starting with {@code firstLine} is made of directive lines. */
    static boolean startsDirectives(String firstLine) {
        return DIRECTIVE.matcher(firstLine).lookingAt() || MarkerSyntax.looksLikeMarkerLine(firstLine)
                || (ALMOST.matcher(firstLine).matches() && firstLine.toLowerCase(Locale.ROOT).startsWith("inherits"));
    }

    /** Whether {@code line} starts a directive or marker, which description text must not do. */
    static boolean startsDirectiveOrMarker(String line) {
        return DIRECTIVE.matcher(line).lookingAt() || MarkerSyntax.looksLikeMarkerLine(line);
    }

    /**
     * Reads the lines of one paragraph. {@code lineOffsets[i]} is the offset of line {@code i} in the
     * file and {@code position} maps file offsets to positions.
     */
    static void read(List<String> lines, int[] lineOffsets, IntFunction<SourceRef> position, ItemBuilder item,
            Diagnostics diagnostics) {
        StringBuilder marker = null;
        int markerOffset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int offset = lineOffsets[i];
            if (MarkerSyntax.looksLikeMarkerLine(line)) {
                flushMarker(marker, markerOffset, position, item, diagnostics);
                marker = new StringBuilder(line);
                markerOffset = offset;
                continue;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                flushMarker(marker, markerOffset, position, item, diagnostics);
                marker = null;
                item.addDirective(directive(directive, position.apply(offset)));
            } else if (marker != null) {
                marker.append('\n').append(line);
            } else if (ALMOST.matcher(line).matches()) {
                diagnostics.error(position.apply(offset), MALFORMED, "'" + line.strip()
                        + "' looks like a directive; write it with a colon, as 'Inherits from: Name'");
            } else {
                diagnostics.error(position.apply(offset), "structure",
                        "text among directive lines; leave an empty line between directives and description");
            }
        }
        flushMarker(marker, markerOffset, position, item, diagnostics);
    }

    private static Directive directive(Matcher matcher, SourceRef source) {
        DirectiveKind kind = Arrays.stream(DirectiveKind.values())
                .filter(candidate -> candidate.keyword().equals(matcher.group(1)))
                .findFirst()
                .orElseThrow();
        List<String> values = new ArrayList<>();
        for (String value : matcher.group(2).split(",")) {
            String clean = stripCode(value.strip().replaceFirst("\\.$", ""));
            if (!clean.isEmpty()) {
                values.add(clean);
            }
        }
        return new Directive(kind, values, source);
    }

    private static void flushMarker(StringBuilder marker, int offset, IntFunction<SourceRef> position,
            ItemBuilder item, Diagnostics diagnostics) {
        if (marker != null) {
            item.addMarkers(MarkerSyntax.parse(marker.toString(), at -> position.apply(offset + at), diagnostics));
        }
    }

    /** {@code `name`} → {@code name}. */
    static String stripCode(String text) {
        String clean = text.strip();
        if (clean.length() >= 2 && clean.startsWith("`") && clean.endsWith("`")) {
            clean = clean.substring(1, clean.length() - 1).strip();
        }
        return clean;
    }
}
