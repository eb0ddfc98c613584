package io.eventref.site;

import io.eventref.diagnostic.Diagnostic;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Description;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Reference;
import io.eventref.model.SourceRef;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Text that sanitising drops from a description, which the model keeps but the page would not
 * show: a {@code sanitized-html} warning at the description's heading or field row, so that an
 * author learns of it (an unclosed {@code <style>} silently removed every paragraph after it).
 */
final class DroppedText {

    static final String RULE = "sanitized-html";
    private static final int SHOWN = 60;

    private DroppedText() {
    }

    /** The warnings for every description of {@code reference} that sanitising cuts, in source order. */
    static List<Diagnostic> warnings(Reference reference, Sanitizer sanitizer) {
        Diagnostics warnings = new Diagnostics();
        reference.sections().forEach(section -> check(section.description(), section.source(), sanitizer, warnings));
        reference.categories().forEach(category -> check(category.description(), category.source(), sanitizer,
                warnings));
        reference.globalFields().forEach(field -> check(field, sanitizer, warnings));
        for (FieldGroup group : reference.groups()) {
            check(group.description(), group.source(), sanitizer, warnings);
            group.fields().forEach(field -> check(field, sanitizer, warnings));
        }
        for (Event event : reference.events()) {
            check(event.description(), event.source(), sanitizer, warnings);
            event.fields().forEach(field -> check(field, sanitizer, warnings));
        }
        return warnings.sorted();
    }

    private static void check(Field field, Sanitizer sanitizer, Diagnostics warnings) {
        // An inherited field has the description and source of its declaration: one warning, there.
        check(field.description(), field.source(), sanitizer, warnings);
    }

    private static void check(Description description, SourceRef source, Sanitizer sanitizer, Diagnostics warnings) {
        String dropped = sanitizer.dropped(description);
        if (!dropped.isEmpty()) {
            warnings.warning(source, RULE, "the site drops text of this description, from \"" + dropped
                    + "\": the content of an element it does not allow (<style>, <script>, <xmp>, <iframe>...), which"
                    + " an unclosed one extends to the end; write it as code or text");
        }
    }

    /**
     * The text of {@code html} that {@code clean} lacks (between what both begin and end with; its
     * start when long), or "" when it lacks none. White space does not count.
     */
    static String between(String html, String clean) {
        String before = text(html);
        String after = text(clean);
        if (squeeze(before).equals(squeeze(after))) {
            return "";
        }
        int i = 0;
        int j = 0;
        while (i < before.length() && j < after.length()) {
            if (Character.isWhitespace(before.charAt(i))) {
                i++;
            } else if (Character.isWhitespace(after.charAt(j))) {
                j++;
            } else if (before.charAt(i) == after.charAt(j)) {
                i++;
                j++;
            } else {
                break;
            }
        }
        int k = before.length();
        int l = after.length();
        while (k > i && l > j) {
            if (Character.isWhitespace(before.charAt(k - 1))) {
                k--;
            } else if (Character.isWhitespace(after.charAt(l - 1))) {
                l--;
            } else if (before.charAt(k - 1) == after.charAt(l - 1)) {
                k--;
                l--;
            } else {
                break;
            }
        }
        String lost = before.substring(i, k).strip().replaceAll("\\s+", " ");
        return lost.length() > SHOWN ? lost.substring(0, SHOWN) + "..." : lost;
    }

    /** Every text and raw-text (script, style) character of the HTML, in order. */
    private static String text(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof DataNode data) {
                text.append(data.getWholeData());
            }
        }, body);
        return text.toString();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
