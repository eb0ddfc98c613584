package io.eventref.site;

import java.util.List;

/**
 * The page of a field name: the events that carry a field of that name (now or before a rename),
 * since when and until when, under which names; the groups that declare it; whether every event may
 * carry it ({@code globalHref}: the global field's row, "" when it is no global field).
 */
public record FieldPage(Layout layout, String name, String summary, String globalHref, List<Link> groups,
        List<Carrier> carriers) {

    /**
     * An event that carries the field: {@code names} its names on that event, oldest first, when it
     * was renamed (else only its name); {@code since} and {@code until} the first release with it and
     * the first without it ("" for before the first release, and for still there).
     */
    public record Carrier(Link event, String process, List<String> names, String type, String from, String fromHref,
            String since, String until, Lifespan lifespan) {
    }
}
