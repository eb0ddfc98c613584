package io.eventref.site;

import io.eventref.output.OutputFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link and {@code #anchor} of the site's HTML pages: the target file is
 * part of the site and, for a fragment, the target page has an element with that id.
 */
final class LinkChecker {

    /** A link that leads nowhere: the page it is on, and its href. */
    record BrokenLink(String page, String href) {
        @Override
        public String toString() {
            return page + ": broken link '" + href + "'";
        }
    }

    List<BrokenLink> check(List<OutputFile> files) {
        Set<String> paths = new HashSet<>();
        Map<String, Document> pages = new HashMap<>();
        for (OutputFile file : files) {
            paths.add(file.path());
        }
        files.parallelStream().filter(file -> file.path().endsWith(".html")).map(file -> Map.entry(file.path(),
                Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8))))
                .sequential().forEach(entry -> pages.put(entry.getKey(), entry.getValue()));
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, page) -> {
            Set<String> pageIds = new HashSet<>();
            page.select("[id]").forEach(element -> pageIds.add(element.id()));
            ids.put(path, pageIds);
        });
        List<BrokenLink> broken = new ArrayList<>();
        pages.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            for (Element link : entry.getValue().select("a[href], link[href], script[src]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (!resolves(entry.getKey(), href, paths, ids)) {
                    broken.add(new BrokenLink(entry.getKey(), href));
                }
            }
        });
        return broken;
    }

    private static boolean resolves(String page, String href, Set<String> paths, Map<String, Set<String>> ids) {
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
        return fragment == null || fragment.isEmpty() || !ids.containsKey(target) || ids.get(target).contains(fragment);
    }
}
