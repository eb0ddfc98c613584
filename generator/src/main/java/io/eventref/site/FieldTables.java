package io.eventref.site;

import io.eventref.model.Edition;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The field table of a page: an event's or group's own fields, then the inherited ones, the global
 * ones and, for an event, the fields its contexts add, one row each, saying where each comes from.
 */
final class FieldTables {

    private final PageContext context;

    FieldTables(PageContext context) {
        this.context = context;
    }

    /**
     * The table of {@code fields} and {@code contextFields} of a holder of {@code edition}; element ids
     * start with {@code idPrefix} (for a page that shows several variants). A field new in the same
     * release as its holder ({@code holderAdded}) gets no "New in" badge.
     */
    FieldTable table(List<Field> fields, List<Field> contextFields, Version holderAdded, Edition edition,
            String pagePath, String idPrefix) {
        Set<String> anchors = new HashSet<>();
        List<FieldRow> rows = new ArrayList<>();
        for (Field field : fields) {
            rows.add(row(field, holderAdded, edition, pagePath, idPrefix, anchors, false));
        }
        for (Field field : contextFields) {
            rows.add(row(field, holderAdded, edition, pagePath, idPrefix, anchors, true));
        }
        return new FieldTable(idPrefix + "fields", "Fields", "", "", rows, true, contextFields.size());
    }

    /** The global fields, on the home page. */
    FieldTable globalTable(List<Field> fields, String pagePath) {
        Set<String> anchors = new HashSet<>();
        return new FieldTable("global-fields", "Global fields", "", "Every event may carry these fields.",
                fields.stream().map(field -> row(field, null, Edition.COMMUNITY, pagePath, "", anchors, false)).toList(),
                false, 0);
    }

    /**
     * The row of {@code field}; {@code anchors} holds the element ids the page has so far: a field
     * carried twice under one name (once removed, later back) gets its first release after the name.
     * A field that comes through a group of Dovecot Pro applies, in the "as of release" view, where
     * the release documents Pro.
     */
    private FieldRow row(Field field, Version holderAdded, Edition edition, String pagePath, String idPrefix,
            Set<String> anchors, boolean fromContext) {
        String from;
        String fromHref = "";
        String fromLabel = "";
        Edition effective = edition;
        if (fromContext || field.isInherited()) {
            from = fromContext ? "context" : "group";
            fromLabel = field.origin();
            fromHref = SiteLinks.relative(pagePath, context.groupOrEventPath(field.origin())) + "#"
                    + SiteLinks.fieldAnchor(field.name());
            if (context.group(field.origin()).map(FieldGroup::edition).orElse(Edition.COMMUNITY) == Edition.PRO) {
                effective = Edition.PRO;
            }
        } else if (Field.GLOBAL.equals(field.origin())) {
            from = "global";
            fromLabel = "global";
            fromHref = SiteLinks.relative(pagePath, SiteLinks.HOME) + "#" + SiteLinks.fieldAnchor(field.name());
        } else {
            from = "own";
            fromLabel = "own";
        }
        String anchor = idPrefix + SiteLinks.fieldAnchor(field.name());
        if (!anchors.add(anchor)) {
            anchor = anchor + "-" + SiteLinks.slug(String.valueOf(field.lifecycle().added()));
            anchors.add(anchor);
        }
        return new FieldRow(field.name(), anchor, SiteLinks.relative(pagePath, SiteLinks.field(field.name())),
                field.type().id(), field.values(), context.sanitizer().html(field.description()),
                badges(field, holderAdded), context.lifespan(field.lifecycle(), effective), from, fromLabel, fromHref);
    }

    private List<Badge> badges(Field field, Version holderAdded) {
        List<Badge> badges = context.badges(field.lifecycle());
        if (field.lifecycle().added() != null && field.lifecycle().added().equals(holderAdded)) {
            return badges.stream().filter(badge -> !badge.kind().equals("new")).toList();
        }
        return badges;
    }
}
