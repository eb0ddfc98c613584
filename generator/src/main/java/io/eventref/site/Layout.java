package io.eventref.site;

import java.util.List;

/**
 * What every page shares: its title, the hrefs of the assets and of the home page (relative to
 * the page), the navigation and the releases of the "as of release" selector, newest first.
 */
public record Layout(
        String title,
        String description,
        String path,
        String root,
        String stylesheetHref,
        String scriptHref,
        String searchIndexHref,
        String faviconHref,
        String homeHref,
        List<Link> navigation,
        List<String> releases) {
}
