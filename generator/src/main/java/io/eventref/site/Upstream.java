package io.eventref.site;

import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Where Dovecot's own documentation describes what a page shows: its 2.3 list of events (one page,
 * an anchor per event, made by Sphinx from the event's name: {@code imap_command_finished} is
 * {@code #imap-command-finished}). Only the events that list has are linked (they are named in
 * {@code dovecot-2.3-events.txt} beside this class): an event new in 2.4, or one the reference
 * documents from Dovecot's sources alone, has no such anchor.
 */
final class Upstream {

    static final String EVENTS = "https://doc.dovecot.org/2.3/admin_manual/list_of_events/";

    /** The names of the events on the upstream list. */
    static final Set<String> LISTED = listed();

    private Upstream() {
    }

    /** The event in the upstream list, under the name it had in the last 2.3 release that has it; "" when none. */
    static String event(String name, Lifecycle lifecycle, Reference reference) {
        List<Release> releases = reference.releases();
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release release = releases.get(i);
            if (release.version().toString().startsWith("2.3.") && lifecycle.existsIn(release.version())) {
                String listed = lifecycle.nameIn(release.version(), name);
                return LISTED.contains(listed) ? EVENTS + "#" + listed.replace('_', '-') : "";
            }
        }
        return "";
    }

    private static Set<String> listed() {
        try (InputStream in = Upstream.class.getResourceAsStream("dovecot-2.3-events.txt")) {
            if (in == null) {
                throw new IllegalStateException("dovecot-2.3-events.txt is missing beside " + Upstream.class.getName());
            }
            return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
