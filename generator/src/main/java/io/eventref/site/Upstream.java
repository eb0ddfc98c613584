package io.eventref.site;

import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where Dovecot's own documentation describes what a page shows. Its 2.3 list of events: one page,
 * an anchor per event, made by Sphinx from the event's name ({@code imap_command_finished} is
 * {@code #imap-command-finished}). Its 2.4 reference: a page per 2.4 release
 * ({@code https://doc.dovecot.org/2.4.1/core/summaries/events.html}), an anchor per event, the
 * event's name. Only the events those lists have are linked (named in {@code dovecot-2.3-events.txt}
 * and {@code dovecot-2.4-events.txt} beside this class): an event the reference documents from
 * Dovecot's sources alone has no such anchor.
 */
final class Upstream {

    static final String EVENTS = "https://doc.dovecot.org/2.3/admin_manual/list_of_events/";
    /** The 2.4 reference of a release: this, the release, then {@link #EVENTS_24_PAGE}. */
    static final String DOCS = "https://doc.dovecot.org/";
    static final String EVENTS_24_PAGE = "/core/summaries/events.html";

    /** The names of the events on the upstream 2.3 list. */
    static final Set<String> LISTED = listed("dovecot-2.3-events.txt");
    /** The names of the events in the upstream 2.4 reference. */
    static final Set<String> LISTED_24 = listed("dovecot-2.4-events.txt");

    private Upstream() {
    }

    /** The event in the upstream 2.3 list, under the name it had in the last 2.3 release that has it; "" when none. */
    static String event(String name, Lifecycle lifecycle, Reference reference) {
        return newestWith("2.3.", false, lifecycle, reference).map(release -> lifecycle.nameIn(release.version(), name))
                .filter(LISTED::contains).map(listed -> EVENTS + "#" + listed.replace('_', '-')).orElse("");
    }

    /**
     * The event in the upstream 2.4 reference of the newest 2.4 release that shipped and has it,
     * under its name then; "" when none.
     */
    static String event24(String name, Lifecycle lifecycle, Reference reference) {
        return newestWith("2.4.", true, lifecycle, reference).flatMap(release -> {
            String listed = lifecycle.nameIn(release.version(), name);
            return LISTED_24.contains(listed) ? Optional.of(DOCS + release.version() + EVENTS_24_PAGE + "#" + listed)
                    : Optional.empty();
        }).orElse("");
    }

    /** The newest release of the series ({@code "2.3."}) in which the item exists; shipped ones only if asked. */
    private static Optional<Release> newestWith(String series, boolean shippedOnly, Lifecycle lifecycle,
            Reference reference) {
        List<Release> releases = reference.releases();
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release release = releases.get(i);
            if ((release.released() || !shippedOnly) && release.version().toString().startsWith(series)
                    && lifecycle.existsIn(release.version())) {
                return Optional.of(release);
            }
        }
        return Optional.empty();
    }

    /** The links of an event to the upstream pages that describe it, newest first. */
    static List<Link> links(String name, Lifecycle lifecycle, Reference reference) {
        List<Link> links = new ArrayList<>();
        String in24 = event24(name, lifecycle, reference);
        if (!in24.isEmpty()) {
            links.add(new Link(in24, "Dovecot 2.4 reference"));
        }
        String in23 = event(name, lifecycle, reference);
        if (!in23.isEmpty()) {
            links.add(new Link(in23, "Dovecot 2.3 list of events"));
        }
        return links;
    }

    private static Set<String> listed(String resource) {
        try (InputStream in = Upstream.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + Upstream.class.getName());
            }
            return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
