package io.eventref.site;

import java.util.List;
import java.util.Optional;

/** {@code sitemap.xml}: every page, with absolute URLs under the base URL when one is given. */
final class Sitemap {

    private Sitemap() {
    }

    static String xml(List<String> pagePaths, Optional<String> baseUrl) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pagePaths) {
            String location = baseUrl.orElse("") + (path.equals(SiteLinks.HOME) ? "" : path);
            xml.append("  <url><loc>").append(escape(location.isEmpty() ? "./" : location)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
