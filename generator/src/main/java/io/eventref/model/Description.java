package io.eventref.model;

import java.util.Objects;

/**
 * Prose from the content: its Markdown source and the HTML rendered from it. The HTML is not
 * sanitised; whoever publishes it must sanitise it. Both are empty strings when there is none.
 */
public record Description(String markdown, String html) {

    public static final Description EMPTY = new Description("", "");

    public Description {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }

    public boolean isEmpty() {
        return markdown.isBlank();
    }
}
