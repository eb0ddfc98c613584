package io.eventref.content;

import io.eventref.model.Description;
import java.util.Objects;

/**
 * Markdown written beside the content for the site to show (such as {@code docs/upgrade-check.md}),
 * read with the content's flavour of Markdown (CommonMark and GitHub tables). The HTML is not
 * sanitised: whoever publishes it sanitises it, as for every description.
 */
public final class Prose {

    private Prose() {
    }

    /** {@code markdown} with its HTML. */
    public static Description of(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return markdown.isBlank() ? Description.EMPTY : new Description(markdown, new Markdown().html(markdown));
    }
}
