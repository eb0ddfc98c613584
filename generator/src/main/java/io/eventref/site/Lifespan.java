package io.eventref.site;

import io.eventref.model.Lifecycle;
import io.eventref.model.Version;

/**
 * When an element of a page exists, for the "as of release" view: {@code added} and
 * {@code removed} as version strings, "" when unbounded.
 */
public record Lifespan(String added, String removed) {

    public static final Lifespan ALWAYS = new Lifespan("", "");

    public static Lifespan of(Lifecycle lifecycle) {
        return new Lifespan(text(lifecycle.added()), text(lifecycle.removed()));
    }

    private static String text(Version version) {
        return version == null ? "" : version.toString();
    }
}
