package io.eventref.site;

import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import java.util.List;

/**
 * Where Dovecot's own documentation describes what a page shows: its 2.3 list of events (one page,
 * an anchor per event, made by Sphinx from the event's name: {@code imap_command_finished} is
 * {@code #imap-command-finished}). An event that no 2.3 release has (new in 2.4) has no such anchor.
 */
final class Upstream {

    static final String EVENTS = "https://doc.dovecot.org/2.3/admin_manual/list_of_events/";

    private Upstream() {
    }

    /** The event in the upstream list, under the name it had in the last 2.3 release that has it; "" when none. */
    static String event(String name, Lifecycle lifecycle, Reference reference) {
        List<Release> releases = reference.releases();
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release release = releases.get(i);
            if (release.version().toString().startsWith("2.3.") && lifecycle.existsIn(release.version())) {
                return EVENTS + "#" + lifecycle.nameIn(release.version(), name).replace('_', '-');
            }
        }
        return "";
    }
}
