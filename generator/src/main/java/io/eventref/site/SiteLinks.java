package io.eventref.site;

import java.util.Locale;

/**
 * Where every page of the site lives (paths relative to the site root, forward slashes) and the
 * relative hrefs between pages, so that the site works from {@code file://} and under any base path.
 */
public final class SiteLinks {

    public static final String HOME = "index.html";
    public static final String RELEASES = "releases/index.html";
    public static final String NOT_FOUND = "404.html";

    private SiteLinks() {
    }

    public static String event(String name) {
        return "events/" + name + ".html";
    }

    public static String group(String name) {
        return "groups/" + slug(name) + ".html";
    }

    public static String section(String id) {
        return "sections/" + id + ".html";
    }

    public static String category(String name) {
        return "categories/" + slug(name) + ".html";
    }

    public static String release(String version) {
        return "releases/" + version + ".html";
    }

    /** A name as a file name: lowercase letters, digits, '_' and '-', other runs turned into '-'. */
    public static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "-" : slug;
    }

    /**
     * The element id of the field called {@code name} on a page: the name itself, or for a name that
     * is no valid id (Dovecot emits one with a leading space) "field-" and its slug.
     */
    public static String fieldAnchor(String name) {
        return name.matches("[A-Za-z0-9_-]+") ? name : "field-" + slug(name);
    }

    /** The href from the page at {@code from} to {@code to} (both site paths; {@code to} may hold a '#'). */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            href.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            href.append(toParts[i]);
            if (i < toParts.length - 1) {
                href.append('/');
            }
        }
        return href.toString();
    }

    /** The href from {@code from} to the site root folder ("" or "../"). */
    public static String root(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
