package io.eventref.site;

import io.eventref.render.BuildCache;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** The kind of the facts this index keeps in the build cache (bump it when {@link Found} changes). */
    private static final String FOUND = "page-ids-and-links-1";

    private final BuildCache cache;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    /** Each page's ids, sorted, for binary search: far smaller than a set per page. */
    private final Map<String, String[]> ids = new ConcurrentHashMap<>();
    private final Map<String, List<String>> links = new ConcurrentHashMap<>();
    /** One instance of each href: the same links stand on many pages. */
    private final Map<String, String> hrefs = new ConcurrentHashMap<>();

    LinkIndex(BuildCache cache) {
        this.cache = cache;
    }

    /** A file of the site that pages may link to. */
    void file(String path) {
        paths.add(path);
    }

    /**
     * A page of the site: a file, with the ids it holds and the links it makes. What jsoup finds in
     * a page is kept in the build cache, so a rebuild parses only the pages that changed.
     */
    void page(String path, String html) {
        paths.add(path);
        Found found = Found.decode(cache.fact(FOUND, html, () -> Found.parse(html).encode()));
        ids.put(path, found.ids());
        List<String> pageLinks = new ArrayList<>(found.links().size());
        for (String href : found.links()) {
            pageLinks.add(hrefs.computeIfAbsent(href, same -> same));
        }
        links.put(path, List.copyOf(pageLinks));
    }

    /** What a page holds: its ids, distinct and sorted, and its links in page order. */
    private record Found(String[] ids, List<String> links) {

        static Found parse(String html) {
            Document page = Jsoup.parse(html);
            String[] ids = page.select("[id]").stream().map(Element::id).distinct().sorted().toArray(String[]::new);
            List<String> links = new ArrayList<>();
            for (Element link : page.select("a[href], link[href], script[src]")) {
                links.add(link.hasAttr("href") ? link.attr("href") : link.attr("src"));
            }
            return new Found(ids, links);
        }

        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(ids.length);
                for (String id : ids) {
                    writeString(out, id);
                }
                out.writeInt(links.size());
                for (String link : links) {
                    writeString(out, link);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("bytes in memory cannot fail", e);
            }
            return bytes.toByteArray();
        }

        static Found decode(byte[] fact) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(fact))) {
                String[] ids = new String[in.readInt()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = readString(in);
                }
                int count = in.readInt();
                List<String> links = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    links.add(readString(in));
                }
                return new Found(ids, links);
            } catch (IOException e) {
                throw new UncheckedIOException("bytes in memory cannot fail", e);
            }
        }

        /** Unlike writeUTF, not limited to 64 KB. */
        private static void writeString(DataOutputStream out, String text) throws IOException {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        private static String readString(DataInputStream in) throws IOException {
            return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        }
    }

    /** Every link that leads nowhere, by page path, in page order. */
    List<BrokenLink> broken() {
        List<BrokenLink> broken = new ArrayList<>();
        // The same links stand on every page of a folder (navigation): resolve each once per folder.
        Map<String, Boolean> resolved = new HashMap<>();
        new TreeMap<>(links).forEach((page, pageLinks) -> {
            String folder = page.substring(0, page.lastIndexOf('/') + 1);
            for (String href : pageLinks) {
                boolean ok = href.isEmpty() || href.startsWith("#")
                        ? resolves(page, href)
                        : resolved.computeIfAbsent(folder + '\u0000' + href, same -> resolves(page, href));
                if (!ok) {
                    broken.add(new BrokenLink(page, href));
                }
            }
        });
        return broken;
    }

    /** Whether {@code href} on {@code page} leads to a file of the site, and its fragment to an id there. */
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
