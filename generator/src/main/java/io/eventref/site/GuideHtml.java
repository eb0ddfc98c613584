package io.eventref.site;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A guide's sanitised HTML as a section of a page: its title ({@code h1}) goes, as the page gives the
 * section its own heading; its other headings move one level down (an {@code h2} under the section's
 * {@code h2} becomes an {@code h3}) and get ids from their text, prefixed, so that they can be linked.
 */
final class GuideHtml {

    private GuideHtml() {
    }

    /** {@code html} (sanitised) as the body of a section whose heading is an {@code h2}; ids start with {@code prefix}. */
    static String section(String html, String prefix) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        Element title = body.selectFirst("h1");
        if (title != null) {
            title.remove();
        }
        Set<String> ids = new HashSet<>();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, Integer.parseInt(heading.tagName().substring(1)) + 1);
            heading.tagName("h" + level);
            String id = prefix + DiffReportHtml.slug(heading.text());
            for (int n = 2; !ids.add(id); n++) {
                id = prefix + DiffReportHtml.slug(heading.text()) + "-" + n;
            }
            heading.attr("id", id);
        }
        return body.html().strip();
    }
}
