package io.eventref.site;

import java.util.List;

/**
 * What every page shares: its title, the hrefs of the assets and of the home page (relative to
 * the page), the navigation and the releases of the "as of release" selector, newest first;
 * {@code releaseOrder} is the same releases oldest first, separated by spaces, the order of every
 * {@link Lifespan}.
 * {@code redirectHref} is "" but on pages that only send the reader on to another.
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
        List<String> releases,
        String releaseOrder,
        String redirectHref) {

    /** This layout for a page that sends the reader on to {@code href} (a permalink of an old name). */
    public Layout redirectingTo(String href) {
        return new Layout(title, description, path, root, stylesheetHref, scriptHref, searchIndexHref, faviconHref,
                homeHref, navigation, releases, releaseOrder, href);
    }
}
