package io.eventref.site;

/** The permalink of another spelling of an event's name: it sends the reader on to the event. */
public record AliasPage(Layout layout, String alias, Link event) {
}
