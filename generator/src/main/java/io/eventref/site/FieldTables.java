package io.eventref.site;

import io.eventref.model.Field;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits resolved fields into the tables a page shows: own fields, then the inherited ones
 * grouped by the group (or event) that declares them, then the global ones.
 */
final class FieldTables {

    private final PageContext context;

    FieldTables(PageContext context) {
        this.context = context;
    }

    /**
     * The tables; element ids start with {@code idPrefix} (for a page that shows several variants).
     * A field new in the same release as its holder ({@code holderAdded}) gets no "New in" badge.
     */
    List<FieldTable> tables(List<Field> fields, Version holderAdded, String pagePath, String ownHeading,
            String idPrefix) {
        List<FieldRow> own = new ArrayList<>();
        Map<String, List<FieldRow>> inherited = new LinkedHashMap<>();
        List<FieldRow> global = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Field field : fields) {
            FieldRow row = row(field, holderAdded, pagePath, idPrefix, anchors);
            if (Field.OWN.equals(field.origin())) {
                own.add(row);
            } else if (Field.GLOBAL.equals(field.origin())) {
                global.add(row);
            } else {
                inherited.computeIfAbsent(field.origin(), origin -> new ArrayList<>()).add(row);
            }
        }
        List<FieldTable> tables = new ArrayList<>();
        if (!own.isEmpty()) {
            tables.add(new FieldTable(idPrefix + "own-fields", ownHeading, "", "", own));
        }
        inherited.forEach((origin, rows) -> tables.add(new FieldTable(idPrefix + "from-" + SiteLinks.slug(origin),
                "Inherited from " + origin, SiteLinks.relative(pagePath, originPath(origin)), "", rows)));
        if (!global.isEmpty()) {
            tables.add(new FieldTable(idPrefix + "global-fields", "Global fields",
                    SiteLinks.relative(pagePath, SiteLinks.HOME) + "#global-fields",
                    "Every event may carry these.", global));
        }
        return tables;
    }

    /**
     * The fields an event's contexts add, one table per group that declares them, in context order;
     * collapsed on the page, since they are the context's rather than the event's.
     */
    List<FieldTable> contextTables(List<Field> contextFields, Version holderAdded, String pagePath, String idPrefix) {
        Map<String, List<FieldRow>> byGroup = new LinkedHashMap<>();
        Set<String> anchors = new HashSet<>();
        for (Field field : contextFields) {
            byGroup.computeIfAbsent(field.origin(), origin -> new ArrayList<>())
                    .add(row(field.withOrigin(Field.OWN), holderAdded, pagePath, idPrefix, anchors));
        }
        List<FieldTable> tables = new ArrayList<>();
        byGroup.forEach((group, rows) -> tables.add(new FieldTable(idPrefix + "context-" + SiteLinks.slug(group),
                "From the context " + group, SiteLinks.relative(pagePath, originPath(group)), "", rows)));
        return tables;
    }

    FieldRow row(Field field, Version holderAdded, String pagePath, String idPrefix) {
        return row(field, holderAdded, pagePath, idPrefix, new HashSet<>());
    }

    /**
     * The row of {@code field}; {@code anchors} holds the element ids the page has so far: a field
     * carried twice under one name (once removed, later back) gets its first release after the name.
     */
    private FieldRow row(Field field, Version holderAdded, String pagePath, String idPrefix, Set<String> anchors) {
        String originHref = "";
        String originLabel = "";
        if (field.isInherited()) {
            originLabel = field.origin();
            originHref = SiteLinks.relative(pagePath, originPath(field.origin())) + "#" + SiteLinks.fieldAnchor(field.name());
        } else if (Field.GLOBAL.equals(field.origin())) {
            originLabel = "global";
            originHref = SiteLinks.relative(pagePath, SiteLinks.HOME) + "#" + SiteLinks.fieldAnchor(field.name());
        }
        String anchor = idPrefix + SiteLinks.fieldAnchor(field.name());
        if (!anchors.add(anchor)) {
            anchor = anchor + "-" + SiteLinks.slug(String.valueOf(field.lifecycle().added()));
            anchors.add(anchor);
        }
        return new FieldRow(field.name(), anchor, field.type().id(), field.values(),
                context.sanitizer().html(field.description()), badges(field, holderAdded),
                context.lifespan(field.lifecycle()), originLabel, originHref);
    }

    private List<Badge> badges(Field field, Version holderAdded) {
        List<Badge> badges = context.badges(field.lifecycle());
        if (field.lifecycle().added() != null && field.lifecycle().added().equals(holderAdded)) {
            return badges.stream().filter(badge -> !badge.kind().equals("new")).toList();
        }
        return badges;
    }

    /** The page of the group (or event) called {@code origin}. */
    private String originPath(String origin) {
        return context.groupOrEventPath(origin);
    }
}
