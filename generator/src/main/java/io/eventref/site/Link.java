package io.eventref.site;

/** A link as a page shows it: a relative href and its text. */
public record Link(String href, String label) {
}
