package io.eventref.site;

import io.eventref.model.Description;
import io.eventref.render.BuildCache;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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
    private final Map<String, String> drops = new ConcurrentHashMap<>();
    private final BuildCache cache;

    /** A sanitiser that keeps its results in {@code cache} for the next build. */
    Sanitizer(BuildCache cache) {
        this.cache = cache;
    }

    /**
     * The description's HTML, sanitised (once per distinct HTML: inherited fields share theirs;
     * and once for all builds while it does not change).
     */
    String html(Description description) {
        if (description.isEmpty()) {
            return "";
        }
        return clean.computeIfAbsent(description.html(), html -> remembered("sanitized-html-1", html,
                () -> Jsoup.clean(html, BASE, safelist, output).strip()));
    }

    /**
     * The start of the text that sanitising drops from the description ("" when it drops none):
     * the content of elements the site does not allow whose content is not shown either
     * ({@code <style>}, {@code <script>}, {@code <xmp>}, {@code <iframe>}...), which an unclosed
     * one extends to the end of the description. Space is not counted.
     */
    String dropped(Description description) {
        if (description.isEmpty()) {
            return "";
        }
        return drops.computeIfAbsent(description.html(), html -> remembered("sanitizer-dropped-1", html,
                () -> DroppedText.between(html, html(description))));
    }

    /** The description as plain text, cut after its first sentence (for lists and search). */
    String summary(Description description) {
        return summaries.computeIfAbsent(description.html(),
                html -> remembered("summary-1", html, () -> firstSentence(html)));
    }

    private String remembered(String kind, String html, Supplier<String> derive) {
        return new String(cache.fact(kind, html, () -> derive.get().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    private static String firstSentence(String html) {
        String text = Jsoup.parse(html).text().strip();
        int end = text.indexOf(". ");
        String sentence = end > 0 ? text.substring(0, end + 1) : text;
        return sentence.length() > 200 ? sentence.substring(0, 197).strip() + "..." : sentence;
    }
}
