package io.eventref.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The internal links and {@code #anchors} of the site's pages, gathered with jsoup as each page is
 * made (only its ids and links are kept, not the page), and checked once all are known: a link
 * must lead to a file of the site and, for a fragment, to an element with that id. Thread-safe.
 */
final class LinkIndex {

    /** A link that leads nowhere: the page it is on, and its href. */
    record BrokenLink(String page, String href) {
        @Override
        public String toString() {
            return page + ": broken link '" + href + "'";
        }
    }

    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    /** Each page's ids, sorted, for binary search: far smaller than a set per page. */
    private final Map<String, String[]> ids = new ConcurrentHashMap<>();
    private final Map<String, List<String>> links = new ConcurrentHashMap<>();
    /** One instance of each href: the same links stand on many pages. */
    private final Map<String, String> hrefs = new ConcurrentHashMap<>();

    /** A file of the site that pages may link to. */
    void file(String path) {
        paths.add(path);
    }

    /** A page of the site: a file, with the ids it holds and the links it makes. */
    void page(String path, String html) {
        paths.add(path);
        Document page = Jsoup.parse(html);
        String[] pageIds = page.select("[id]").stream().map(Element::id).distinct().sorted().toArray(String[]::new);
        List<String> pageLinks = new ArrayList<>();
        for (Element link : page.select("a[href], link[href], script[src]")) {
            String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            pageLinks.add(hrefs.computeIfAbsent(href, same -> same));
        }
        ids.put(path, pageIds);
        links.put(path, List.copyOf(pageLinks));
    }

    /** Every link that leads nowhere, by page path, in page order. */
    List<BrokenLink> broken() {
        List<BrokenLink> broken = new ArrayList<>();
        new TreeMap<>(links).forEach((page, pageLinks) -> {
            for (String href : pageLinks) {
                if (!resolves(page, href)) {
                    broken.add(new BrokenLink(page, href));
                }
            }
        });
        return broken;
    }

    private boolean resolves(String page, String href) {
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.isAbsolute() || href.startsWith("//")) {
            return true;
        }
        String target = page;
        if (uri.getPath() != null && !uri.getPath().isEmpty()) {
            target = URI.create(page).resolve(uri.getPath()).normalize().getPath();
            if (target.endsWith("/")) {
                target += "index.html";
            }
        }
        if (!paths.contains(target)) {
            return false;
        }
        String fragment = uri.getFragment();
        return fragment == null || fragment.isEmpty() || !ids.containsKey(target)
                || Arrays.binarySearch(ids.get(target), fragment) >= 0;
    }
}
