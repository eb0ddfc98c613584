package io.eventref.site;

import io.eventref.model.Description;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Makes content HTML safe to publish: only the elements and attributes of jsoup's relaxed
 * safelist survive (no script, no event handler attributes, no {@code javascript:} URLs);
 * relative links are kept.
 */
final class Sanitizer {

    private static final String BASE = "https://sanitizer.invalid/";
    private final Safelist safelist = Safelist.relaxed().preserveRelativeLinks(true).removeTags("img");
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
    private final Map<String, String> clean = new ConcurrentHashMap<>();
    private final Map<String, String> summaries = new ConcurrentHashMap<>();

    /** The description's HTML, sanitised (once per distinct HTML: inherited fields share theirs). */
    String html(Description description) {
        if (description.isEmpty()) {
            return "";
        }
        return clean.computeIfAbsent(description.html(),
                html -> Jsoup.clean(html, BASE, safelist, output).strip());
    }

    /** The description as plain text, cut after its first sentence (for lists and search). */
    String summary(Description description) {
        return summaries.computeIfAbsent(description.html(), Sanitizer::firstSentence);
    }

    private static String firstSentence(String html) {
        String text = Jsoup.parse(html).text().strip();
        int end = text.indexOf(". ");
        String sentence = end > 0 ? text.substring(0, end + 1) : text;
        return sentence.length() > 200 ? sentence.substring(0, 197).strip() + "..." : sentence;
    }
}
