package io.eventref.site;

import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * In which releases an element of a page applies, for the "as of release" view: {@code in} holds one
 * character per release of the reference, oldest first (the order of the release selector's
 * {@code data-releases}), {@code 1} where the element applies and {@code 0} where it does not; it is
 * "" when the element applies in every release. The build works it out (whether a thing exists in a
 * release is {@link io.eventref.model.Lifecycle#existsIn}'s to say); the page's script only reads it.
 */
public record Lifespan(String in) {

    public static final Lifespan ALWAYS = new Lifespan("");

    public Lifespan {
        Objects.requireNonNull(in, "in");
    }

    /** Where {@code applies} holds, among {@code releases} (oldest first). */
    static Lifespan of(Predicate<Version> applies, List<Version> releases) {
        StringBuilder in = new StringBuilder(releases.size());
        for (Version release : releases) {
            in.append(applies.test(release) ? '1' : '0');
        }
        return in.indexOf("0") < 0 ? ALWAYS : new Lifespan(in.toString());
    }
}
