package io.eventref.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inline Markdown cut into runs of plain text and of code (between backticks), so that a template
 * can print code as {@code <code>} with auto-escaping on. Other Markdown stays as written.
 */
public record InlineText(List<Run> runs) {

    /** A run of text; {@code code} when it was between backticks. */
    public record Run(String text, boolean code) {
        public Run {
            Objects.requireNonNull(text, "text");
        }
    }

    public InlineText {
        runs = List.copyOf(runs);
    }

    /** Cuts {@code markdown} at backticks; an unpaired backtick stays as text. */
    public static InlineText parse(String markdown) {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        while (at < markdown.length()) {
            int open = markdown.indexOf('`', at);
            int close = open < 0 ? -1 : markdown.indexOf('`', open + 1);
            if (close < 0) {
                runs.add(new Run(markdown.substring(at), false));
                break;
            }
            if (open > at) {
                runs.add(new Run(markdown.substring(at, open), false));
            }
            runs.add(new Run(markdown.substring(open + 1, close), true));
            at = close + 1;
        }
        return new InlineText(runs);
    }
}
