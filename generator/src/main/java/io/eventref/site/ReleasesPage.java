package io.eventref.site;

import java.util.List;

/** The list of the releases the reference covers, newest first, each with a summary of its changes. */
public record ReleasesPage(Layout layout, List<ListItem> releases) {
}
