package io.eventref.content;

import io.eventref.model.Description;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The descriptions of one file, rendered together: flexmark's parser costs most per document, so
 * the cells and descriptions of a file go through it as one document, cut apart again by a comment
 * between them. A text that could run into its neighbours (an open code fence) or that would read
 * differently at the start of a document than in a cell (a cell starting like a block) is rendered
 * on its own. Not thread-safe: one per file.
 */
final class DescriptionBatch {

    private static final String CUT = "<!-- eventref:cut -->";
    private static final Pattern BLOCK_START = Pattern.compile("^(?: {4}|\\t|[#>*+=|`~<-]|\\d+[.)](?:\\s|$))");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~)");

    private record Segment(String markdown, boolean inline) {
    }

    private final List<Segment> segments = new ArrayList<>();

    /** Adds a one-line text of a table cell; returns its handle. */
    int inline(String markdown) {
        segments.add(new Segment(markdown, true));
        return segments.size() - 1;
    }

    /** Adds Markdown blocks; returns their handle. */
    int blocks(String markdown) {
        segments.add(new Segment(markdown, false));
        return segments.size() - 1;
    }

    /** The descriptions, by handle. */
    List<Description> render(Markdown markdown) {
        List<Integer> together = new ArrayList<>();
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (!segment.markdown().isBlank() && fitsTogether(segment)) {
                together.add(i);
                document.append(segment.markdown()).append("\n\n").append(CUT).append("\n\n");
            }
        }
        Description[] rendered = new Description[segments.size()];
        String[] parts = together.isEmpty() ? new String[0] : markdown.html(document.toString()).split(CUT + "\n", -1);
        if (parts.length == together.size() + 1) {
            for (int j = 0; j < together.size(); j++) {
                Segment segment = segments.get(together.get(j));
                rendered[together.get(j)] = description(segment, parts[j].strip());
            }
        }
        for (int i = 0; i < rendered.length; i++) {
            if (rendered[i] == null) {
                Segment segment = segments.get(i);
                rendered[i] = segment.markdown().isBlank() ? Description.EMPTY
                        : description(segment, markdown.html(segment.markdown()).strip());
            }
        }
        return List.of(rendered);
    }

    private static boolean fitsTogether(Segment segment) {
        String text = segment.markdown();
        if (text.contains(CUT)) {
            return false;
        }
        if (segment.inline()) {
            return !BLOCK_START.matcher(text).find();
        }
        return FENCE.matcher(text).results().count() % 2 == 0;
    }

    private static Description description(Segment segment, String html) {
        if (segment.inline() && html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return new Description(segment.markdown(), segment.inline() ? html : html + "\n");
    }
}
