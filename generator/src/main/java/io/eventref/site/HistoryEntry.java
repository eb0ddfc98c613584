package io.eventref.site;

/**
 * One line of an event's history on its page: the release (with its page), what happened, to
 * which field ("" for the event itself) and what it was called before a rename ("" if not renamed),
 * where that field comes from, and the note ("" for none).
 */
public record HistoryEntry(String version, String versionHref, String what, String field, String fieldAnchor,
        String formerly, String origin, String note, Lifespan lifespan) {
}
