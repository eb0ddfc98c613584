package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The links from the real reference's event pages to Dovecot's own documentation point at an event
 * of its 2.3 list of events ({@code src/test/resources/reference/dovecot-2.3-events-page.txt}, the
 * text of that page), and every event of that list that the reference has is linked. Its headings
 * {@code fs}, {@code fs_file} and {@code obox} name groups of fields, not events.
 */
class RealReferenceUpstreamTest {

    private static final Pattern HEADING = Pattern.compile("(?m)^([a-z][a-z0-9_]*)\u00b6$");

    private final Reference reference = new ReferenceLoader().load(Fixtures.content(), "content").reference().orElseThrow();

    @Test
    void everyEventOfDovecots23ListLinksToItsEntryThereAndNoOtherDoes() {
        Set<String> upstream = new TreeSet<>();
        Matcher heading = HEADING.matcher(Fixtures.read(Fixtures.reference("dovecot-2.3-events-page.txt")));
        while (heading.find()) {
            upstream.add(heading.group(1));
        }
        upstream.removeAll(Set.of("fs", "fs_file", "obox"));
        List<String> wrong = new ArrayList<>();
        int linked = 0;
        for (Event event : reference.events()) {
            String href = Upstream.event(event.name(), event.lifecycle(), reference);
            String in23 = nameInLast23(event);
            boolean listed = in23 != null && upstream.contains(in23);
            if (!href.isEmpty()) {
                linked++;
                String anchor = href.substring(href.indexOf('#') + 1).replace('-', '_');
                if (!href.startsWith(Upstream.EVENTS + "#") || !upstream.contains(anchor)) {
                    wrong.add(event.name() + " links " + href + ", not an event of the upstream list");
                }
            } else if (listed) {
                wrong.add(event.name() + " is on the upstream list as " + in23 + " but not linked");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Upstream.LISTED).as("the list the site links by is the page's").isEqualTo(upstream);
        assertThat(linked).as("events linked").isGreaterThan(50);
        assertThat(Upstream.event("imap_command_finished", reference.requireEvent("imap_command_finished").lifecycle(),
                reference)).isEqualTo(Upstream.EVENTS + "#imap-command-finished");
    }

    @Test
    void everyEventOfDovecots24ReferenceLinksToItsEntryInTheNewestShippedReleaseThatHasIt() {
        Set<String> upstream = new TreeSet<>();
        for (String row : Fixtures.read(Fixtures.reference("dovecot-2.4-events.tsv")).lines().toList()) {
            String[] columns = row.split("\t", -1);
            if (columns[0].equals("event")) {
                upstream.add(columns[1]);
            }
        }
        assertThat(Upstream.LISTED_24).as("the list the site links by is the upstream data's").isEqualTo(upstream);
        List<String> wrong = new ArrayList<>();
        int linked = 0;
        for (Event event : reference.events()) {
            String href = Upstream.event24(event.name(), event.lifecycle(), reference);
            String last = null;
            String nameThen = null;
            for (var release : reference.releases()) {
                if (release.released() && release.version().toString().startsWith("2.4.")
                        && event.lifecycle().existsIn(release.version())) {
                    last = release.version().toString();
                    nameThen = event.lifecycle().nameIn(release.version(), event.name());
                }
            }
            String expected = last != null && upstream.contains(nameThen)
                    ? "https://doc.dovecot.org/" + last + "/core/summaries/events.html#" + nameThen : "";
            if (!href.equals(expected)) {
                wrong.add(event.name() + " links '" + href + "', not '" + expected + "'");
            }
            linked += href.isEmpty() ? 0 : 1;
        }
        assertThat(wrong).isEmpty();
        assertThat(linked).as("events linked").isGreaterThan(80);
        assertThat(Upstream.event24("imap_command_finished", reference.requireEvent("imap_command_finished").lifecycle(),
                reference)).isEqualTo("https://doc.dovecot.org/2.4.4/core/summaries/events.html#imap_command_finished");
        assertThat(Upstream.event24("auth_client_cache_flush_started",
                reference.requireEvent("auth_client_cache_flush_started").lifecycle(), reference))
                .as("removed in 2.4.0").isEmpty();
    }

    private String nameInLast23(Event event) {
        String name = null;
        for (var release : reference.releases()) {
            Version version = release.version();
            if (version.toString().startsWith("2.3.") && event.lifecycle().existsIn(version)) {
                name = event.lifecycle().nameIn(version, event.name());
            }
        }
        return name;
    }
}
