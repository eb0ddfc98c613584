package io.eventref.render;

import java.util.Objects;
import java.util.Optional;

/**
 * How the site is built. {@code baseUrl} is where it will be published (ending in '/'), for
 * absolute URLs in the sitemap and schema ids; empty: links stay relative. {@code cache} keeps
 * what the build derives from its output for the next build.
 */
public record BuildOptions(Optional<String> baseUrl, BuildCache cache) {

    public BuildOptions {
        baseUrl = baseUrl.map(url -> url.endsWith("/") ? url : url + "/");
        Objects.requireNonNull(cache, "cache");
    }

    /** Relative links, no cache. */
    public static BuildOptions defaults() {
        return new BuildOptions(Optional.empty(), BuildCache.disabled());
    }

    /** These options with relative or absolute links as {@code baseUrl} says, no cache. */
    public static BuildOptions of(Optional<String> baseUrl) {
        return new BuildOptions(baseUrl, BuildCache.disabled());
    }
}
