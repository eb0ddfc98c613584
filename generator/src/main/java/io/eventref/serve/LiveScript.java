package io.eventref.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The few lines of script that {@code eventref serve} adds to the pages it serves (never to a built
 * site): the page listens to the server's events, reloads when it changed (keeping its scroll
 * position and its query, so {@code ?release=}) and shows the content's errors over itself.
 */
final class LiveScript {

    /** Where the server serves the script, and its events; no path of a site starts so. */
    static final String PREFIX = "/__eventref/";
    static final String SCRIPT = PREFIX + "live.js";
    static final String EVENTS = PREFIX + "events";

    private static final byte[] CODE = read();

    private LiveScript() {
    }

    static byte[] code() {
        return CODE.clone();
    }

    /**
     * {@code html} with the script tag put before {@code </head>} (at the end when it has none),
     * naming the site path the page stands for and the build it comes from.
     */
    static byte[] inject(byte[] html, String page, long build) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-page=\"" + escape(page) + "\" data-build=\"" + build
                + "\" defer></script>\n";
        int head = text.indexOf("</head>");
        String injected = head < 0 ? text + tag : text.substring(0, head) + tag + text.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] read() {
        try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IllegalStateException("live.js is missing from the classpath beside " + LiveScript.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
