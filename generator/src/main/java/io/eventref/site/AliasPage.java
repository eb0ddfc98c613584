package io.eventref.site;

/**
 * The permalink of another name of an event: another spelling of it ({@code why} is "") or a name it
 * had before a rename ({@code why} says when it was renamed). It sends the reader on to the event.
 */
public record AliasPage(Layout layout, String alias, Link event, String why) {
}
