package io.eventref.site;

/**
 * A lifecycle badge ("New in 2.3.7", "Changed in 2.3.11: ...", "Deprecated", "Removed in 2.3.18").
 * {@code kind} is new, changed, deprecated or removed; {@code showFrom} is the release from which
 * the badge applies in the "as of release" view ("" for always).
 */
public record Badge(String kind, String label, String showFrom) {
}
