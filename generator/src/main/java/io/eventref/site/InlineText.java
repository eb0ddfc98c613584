package io.eventref.site;

import io.eventref.diff.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Inline Markdown cut into runs of plain text and of code (between backticks), so that a template
 * can print code as {@code <code>} with auto-escaping on; a run may link somewhere ({@code href},
 * "" for none). Other Markdown stays as written.
 */
public record InlineText(List<Run> runs) {

    /** A run of text; {@code code} when it was between backticks; {@code href} "" unless it is a link. */
    public record Run(String text, boolean code, String href) {
        public Run {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
        }

        public Run(String text, boolean code) {
            this(text, code, "");
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

    /**
     * This text with {@code mentions} linked where {@code href} leads somewhere (not ""): each mention,
     * in order, links the next code run that reads its name after the one the mention before it
     * linked; a group, which a report writes as plain text, links where it is found in the text after
     * that. A mention that matches nothing links nothing.
     */
    public InlineText linked(List<Mention> mentions, Function<Mention, String> href) {
        List<Run> runs = new ArrayList<>(this.runs);
        int at = 0;
        for (Mention mention : mentions) {
            String target = href.apply(mention);
            for (int i = at; i < runs.size(); i++) {
                Run run = runs.get(i);
                if (!run.href().isEmpty()) {
                    continue;
                }
                if (mention.kind() != Mention.Kind.GROUP && run.code() && run.text().equals(mention.text())) {
                    runs.set(i, new Run(run.text(), true, target));
                    at = i + 1;
                    break;
                }
                int found = mention.kind() == Mention.Kind.GROUP && !run.code() ? run.text().indexOf(mention.text()) : -1;
                if (found >= 0) {
                    List<Run> split = new ArrayList<>();
                    if (found > 0) {
                        split.add(new Run(run.text().substring(0, found), false));
                    }
                    split.add(new Run(mention.text(), false, target));
                    String rest = run.text().substring(found + mention.text().length());
                    if (!rest.isEmpty()) {
                        split.add(new Run(rest, false));
                    }
                    runs.remove(i);
                    runs.addAll(i, split);
                    at = i + (found > 0 ? 2 : 1);
                    break;
                }
            }
        }
        return new InlineText(runs);
    }
}
