package io.eventref.site;

import java.util.List;

/** An entry of a list of events, groups or categories: a link, a one-line summary, badges and lifespan. */
public record ListItem(String href, String label, String summary, List<Badge> badges, Lifespan lifespan) {
}
