package io.eventref.output;

import java.util.Optional;

/**
 * How the site is built. {@code baseUrl} is where it will be published (ending in '/'), for
 * absolute URLs in the sitemap and schema ids; empty: links stay relative.
 */
public record BuildOptions(Optional<String> baseUrl) {

    public BuildOptions {
        baseUrl = baseUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Optional.empty());
    }
}
