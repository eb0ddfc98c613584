package io.eventref.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A change note (one line of the content's Markdown) as inline HTML: code between backticks, links
 * {@code [text](url)}, {@code **strong**} and {@code *emphasis*} (or {@code _emphasis_} between
 * words, never inside a name such as {@code net_in_bytes}); everything else is text, escaped. The
 * result is not yet safe to publish: {@link Sanitizer#inline} cleans it.
 */
final class InlineMarkdown {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w_])");

    private InlineMarkdown() {
    }

    static String html(String markdown) {
        StringBuilder html = new StringBuilder();
        for (InlineText.Run run : InlineText.parse(markdown).runs()) {
            if (run.code()) {
                html.append("<code>").append(escape(run.text())).append("</code>");
            } else {
                html.append(emphasis(links(escape(run.text()))));
            }
        }
        return html.toString();
    }

    /** {@code text} with the characters that mean something in HTML escaped. */
    static String escape(String text) {
        return Entities.escape(text);
    }

    private static String links(String escaped) {
        Matcher link = LINK.matcher(escaped);
        return link.replaceAll(found -> Matcher.quoteReplacement("<a href=\"" + found.group(2) + "\">" + found.group(1)
                + "</a>"));
    }

    private static String emphasis(String html) {
        String strong = STRONG.matcher(html).replaceAll("<strong>$1</strong>");
        String stars = STAR.matcher(strong).replaceAll("<em>$1</em>");
        return UNDERSCORE.matcher(stars).replaceAll("<em>$1</em>");
    }
}
