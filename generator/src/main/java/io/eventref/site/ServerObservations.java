package io.eventref.site;

import java.util.List;
import java.util.Objects;

/**
 * What the conformance runs saw of an event, as its page shows it below the field tables: a note
 * per run ({@code kind}: {@code observed}, {@code unreached} or {@code absent}), and one real line
 * that a server exported, pretty-printed JSON (text like any other: the page escapes it), with its
 * caption. {@code runs} is empty when the site has no captures; {@code exampleJson} is "" when no
 * run observed the event.
 */
public record ServerObservations(List<RunNote> runs, String exampleCaption, String exampleJson,
        String conformanceHref) {

    /** No captures: the page has no such section. */
    static final ServerObservations NONE = new ServerObservations(List.of(), "", "", "");

    /**
     * What one run says of the event: "Dovecot 2.3.19", and "observed, 35 lines" or why not; and
     * the fields that every one of its lines carried ({@code everyLine}, sorted; empty when the run
     * saw fewer than two lines), which is as close as the real servers come to saying which fields
     * are always present.
     */
    public record RunNote(String server, String kind, String text, List<String> everyLine) {
        public RunNote {
            everyLine = List.copyOf(everyLine);
        }
    }

    public ServerObservations {
        runs = List.copyOf(runs);
        Objects.requireNonNull(exampleCaption, "exampleCaption");
        Objects.requireNonNull(exampleJson, "exampleJson");
        Objects.requireNonNull(conformanceHref, "conformanceHref");
    }
}
