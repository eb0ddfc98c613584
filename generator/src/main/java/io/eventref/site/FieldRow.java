package io.eventref.site;

import java.util.List;

/**
 * A field in a page's field table. {@code anchor} is the row's element id, {@code pageHref} links to
 * the page of the field's name (which events carry it). {@code from} says where the event gets it:
 * {@code own}, {@code group} (inherited from {@code fromLabel}, a group or event), {@code context}
 * (added by the context {@code fromLabel} at run time) or {@code global}; {@code fromHref} links
 * there ("" for own fields).
 */
public record FieldRow(
        String name,
        String anchor,
        String pageHref,
        String type,
        List<String> values,
        String descriptionHtml,
        List<Badge> badges,
        Lifespan lifespan,
        String from,
        String fromLabel,
        String fromHref) {

    /** Whether a running server adds the field from the event's context, rather than the event itself. */
    public boolean context() {
        return "context".equals(from);
    }
}
