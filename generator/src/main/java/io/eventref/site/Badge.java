package io.eventref.site;

/**
 * A lifecycle badge ("New in 2.3.7", "Changed in 2.3.11: ...", "Deprecated", "Removed in 2.3.18").
 * {@code kind} is new, changed, deprecated or removed; {@code lifespan} says in which releases the
 * badge applies in the "as of release" view (as of 2.3.10, a change of 2.3.11 is not yet known).
 */
public record Badge(String kind, String label, Lifespan lifespan) {
}
