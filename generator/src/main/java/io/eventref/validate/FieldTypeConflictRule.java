package io.eventref.validate;

import io.eventref.content.DirectiveKind;
import io.eventref.content.FieldDraft;
import io.eventref.content.ItemDraft;
import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.FieldType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code field-type-conflict}: a field row keeps the type of the field of that name that its event or
 * group inherits, or of the global field of that name, while the two exist together. An own row
 * wins over an inherited one (it shadows it), so a row of another type would silently change what a
 * line of every event below may carry; where Dovecot really changed a field's type, the content says
 * so in the row of the group that declares it, which every inheriting event follows.
 */
final class FieldTypeConflictRule implements Rule {

    /** A field row with what holds it ("group 'Mailbox'", "the global fields"). */
    private record Held(FieldDraft field, String holder) {
    }

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Map<String, ItemDraft> parents = new LinkedHashMap<>();
        content.items(ItemKind.GROUP).forEach(located -> parents.putIfAbsent(located.item().name(), located.item()));
        content.items(ItemKind.EVENT).forEach(located -> parents.putIfAbsent(located.item().name(), located.item()));
        List<Held> globals = content.fields().stream().filter(located -> located.holder() == null)
                .map(located -> new Held(located.field(), "the global fields")).toList();
        for (ContentIndex.Located located : content.items()) {
            ItemDraft item = located.item();
            if (item.fields().isEmpty() || (item.kind() != ItemKind.EVENT && item.kind() != ItemKind.GROUP)) {
                continue;
            }
            List<Held> above = new ArrayList<>(inherited(item, parents));
            above.addAll(globals);
            for (FieldDraft own : item.fields()) {
                for (Held other : above) {
                    if (other.field().name().equals(own.name()) && !other.field().type().equals(own.type())
                            && known(own) && known(other.field()) && content.lifecycles().of(own).overlaps(content.lifecycles().of(other.field()))) {
                        diagnostics.error(own.typeSource(), "field-type-conflict", "field '" + own.name() + "' of "
                                + ContentIndex.describe(item) + " is " + own.type() + ", but the field of that name in "
                                + other.holder() + " (" + other.field().source() + ") is " + other.field().type()
                                + "; a field keeps the type it inherits: change the type where it is declared, or"
                                + " give this field its own name");
                        break;
                    }
                }
            }
        }
    }

    private static boolean known(FieldDraft field) {
        return FieldType.fromId(field.type()).isPresent();
    }

    /** The rows of every group and event that {@code item} inherits from, nearest first, each once. */
    private static List<Held> inherited(ItemDraft item, Map<String, ItemDraft> parents) {
        List<Held> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(item.directiveValues(DirectiveKind.INHERITS));
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            ItemDraft parent = parents.get(name);
            if (parent == null || !seen.add(name)) {
                continue;
            }
            parent.fields().forEach(field -> rows.add(new Held(field, ContentIndex.describe(parent))));
            queue.addAll(parent.directiveValues(DirectiveKind.INHERITS));
        }
        return rows;
    }
}
