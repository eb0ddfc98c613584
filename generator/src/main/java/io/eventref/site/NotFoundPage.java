package io.eventref.site;

/** The 404 page. */
public record NotFoundPage(Layout layout) {
}
