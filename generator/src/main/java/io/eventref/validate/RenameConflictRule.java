package io.eventref.validate;

import io.eventref.content.CategoryDraft;
import io.eventref.content.DirectiveKind;
import io.eventref.content.FieldDraft;
import io.eventref.content.FileDraft;
import io.eventref.content.ItemDraft;
import io.eventref.content.ItemKind;
import io.eventref.content.ReleaseDraft;
import io.eventref.content.ValueDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Lifecycle;
import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rename-conflict}: names stay unambiguous across renames. In every release, no two events
 * (of one process), no two fields of one event, group or of the global fields, no two values of one
 * field and no two categories have the same name; and nothing is renamed from the name it already
 * has. Two things with the same current name are left to the {@code duplicate-*} rules.
 */
final class RenameConflictRule implements Rule {

    static final String RULE = "rename-conflict";

    /** Something named, in one namespace: its current name and its lifecycle. */
    private record Named(String name, Lifecycle lifecycle, String label, SourceRef source) {
    }

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        List<Version> releases = content.draft().releases().stream()
                .map(ReleaseDraft::version).filter(Version::isValid).map(Version::parse).toList();
        Map<String, List<Named>> events = new HashMap<>();
        List<Named> categories = new ArrayList<>();
        for (FileDraft file : content.draft().files()) {
            for (ItemDraft item : file.items()) {
                if (item.kind() == ItemKind.EVENT) {
                    String process = String.join(",", item.directiveValues(DirectiveKind.PROCESS));
                    events.computeIfAbsent(process, key -> new ArrayList<>()).add(new Named(item.name(),
                            content.lifecycles().of(item), ContentIndex.describe(item), item.source()));
                }
                checkFields(content, item.fields(), ContentIndex.describe(item), releases, diagnostics);
            }
            checkFields(content, file.globalFields(), "the global fields", releases, diagnostics);
            for (CategoryDraft category : file.categories()) {
                categories.add(new Named(category.name(), content.lifecycles().of(category),
                        "category '" + category.name() + "'", category.source()));
            }
        }
        events.values().forEach(named -> check(named, releases, diagnostics));
        check(categories, releases, diagnostics);
    }

    private static void checkFields(ContentIndex content, List<FieldDraft> fields, String holder,
            List<Version> releases, Diagnostics diagnostics) {
        List<Named> named = new ArrayList<>();
        for (FieldDraft field : fields) {
            String label = "field '" + field.name() + "' of " + holder;
            named.add(new Named(field.name(), content.lifecycles().of(field), label, field.source()));
            List<Named> values = new ArrayList<>();
            for (ValueDraft value : field.values()) {
                values.add(new Named(value.value(), content.lifecycles().of(field, value),
                        "value '" + value.value() + "' of " + label, value.source()));
            }
            check(values, releases, diagnostics);
        }
        check(named, releases, diagnostics);
    }

    private static void check(List<Named> namespace, List<Version> releases, Diagnostics diagnostics) {
        for (Named named : namespace) {
            List<String> names = named.lifecycle().names(named.name());
            for (int i = 1; i < names.size(); i++) {
                if (names.get(i).equals(names.get(i - 1))) {
                    diagnostics.error(named.source(), RULE, named.label() + " is renamed from '" + names.get(i)
                            + "', the name it already has");
                }
            }
        }
        Set<String> reported = new HashSet<>();
        for (Version release : releases) {
            Map<String, Named> seen = new HashMap<>();
            for (Named named : namespace) {
                if (!named.lifecycle().existsIn(release)) {
                    continue;
                }
                String name = named.lifecycle().nameIn(release, named.name());
                Named first = seen.putIfAbsent(name, named);
                if (first != null && !first.name().equals(named.name())
                        && reported.add(first.source() + " " + named.source())) {
                    diagnostics.error(named.source(), RULE, named.label() + " is called '" + name + "' in " + release
                            + ", as " + first.label() + " (at " + first.source() + ") is then");
                }
            }
        }
    }
}
