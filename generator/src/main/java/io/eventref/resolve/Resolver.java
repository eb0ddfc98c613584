package io.eventref.resolve;

import io.eventref.content.CategoryDraft;
import io.eventref.content.ContentDraft;
import io.eventref.content.DirectiveKind;
import io.eventref.content.FileDraft;
import io.eventref.content.FileKind;
import io.eventref.content.ItemDraft;
import io.eventref.content.ItemKind;
import io.eventref.model.Category;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldGroup;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Section;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link Reference} from drafts that passed validation: effective lifecycles,
 * inheritance, global fields and the canonical order (sections by their order, everything else in
 * reading order). Drafts that did not pass validation are a programmer error.
 */
public final class Resolver {

    /** The reference of {@code draft}, working out its lifecycles first. */
    public Reference resolve(ContentDraft draft) {
        return resolve(draft, LifecycleTable.of(draft));
    }

    /** The reference of {@code draft}, whose lifecycles are {@code lifecycles}. */
    public Reference resolve(ContentDraft draft, LifecycleTable lifecycles) {
        List<Release> releases = draft.releases().stream()
                .map(release -> new Release(Version.parse(release.version()), release.released(), release.date(),
                        release.note(), editions(release.editions())))
                .toList();
        List<FileDraft> sectionFiles = draft.files(FileKind.SECTION).stream()
                .sorted(Comparator.comparingInt(FileDraft::order).thenComparing(FileDraft::path))
                .toList();
        List<Declaration> declarations = new ArrayList<>();
        for (FileDraft file : sectionFiles) {
            for (ItemDraft item : file.items()) {
                if (item.kind() == ItemKind.GROUP || item.kind() == ItemKind.EVENT) {
                    declarations.add(Declaration.of(file, item, lifecycles));
                }
            }
        }
        List<Field> globals = globalFields(draft, lifecycles);
        Inheritance inheritance = new Inheritance(declarations);
        return new Reference(
                releases,
                sectionFiles.stream().map(file -> section(file, lifecycles)).toList(),
                categories(draft, lifecycles),
                globals,
                declarations.stream().filter(d -> !d.isEvent()).map(d -> group(d, inheritance)).toList(),
                declarations.stream().filter(Declaration::isEvent).map(d -> event(d, inheritance, globals)).toList());
    }

    private static List<Edition> editions(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of(Edition.COMMUNITY);
        }
        return ids.stream().map(id -> Edition.fromId(id)
                .orElseThrow(() -> new IllegalStateException("unvalidated edition: " + id))).toList();
    }

    private static Section section(FileDraft file, LifecycleTable lifecycles) {
        ItemDraft title = file.items().get(0);
        List<String> groups = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (ItemDraft item : file.items()) {
            List<String> names = item.kind() == ItemKind.GROUP ? groups : item.kind() == ItemKind.EVENT ? events : null;
            if (names != null && !names.contains(item.name())) {
                names.add(item.name());
            }
        }
        return new Section(file.id(), title.name(), file.order(), title.description(), lifecycles.of(title),
                groups, events, title.source(), Declaration.edition(file, title));
    }

    private static List<Category> categories(ContentDraft draft, LifecycleTable lifecycles) {
        List<Category> categories = new ArrayList<>();
        for (FileDraft file : draft.files(FileKind.CATEGORIES)) {
            for (CategoryDraft category : file.categories()) {
                categories.add(new Category(category.name(), category.parent(), category.description(),
                        lifecycles.of(category), category.source(),
                        Declaration.edition(file, file.items().get(category.scope()))));
            }
        }
        return categories;
    }

    private static List<Field> globalFields(ContentDraft draft, LifecycleTable lifecycles) {
        List<Field> fields = new ArrayList<>();
        for (FileDraft file : draft.files(FileKind.GLOBAL_FIELDS)) {
            file.globalFields().forEach(field -> fields.add(Fields.own(field, lifecycles).withOrigin(Field.GLOBAL)));
        }
        return fields;
    }

    private static FieldGroup group(Declaration declaration, Inheritance inheritance) {
        ItemDraft item = declaration.item();
        return new FieldGroup(item.name(), declaration.file().id(), item.description(), declaration.inherits(),
                List.copyOf(inheritance.categories(declaration)), declaration.lifecycle(),
                inheritance.fields(declaration), item.source(), inheritance.contexts(declaration),
                declaration.edition());
    }

    private static Event event(Declaration declaration, Inheritance inheritance, List<Field> globals) {
        ItemDraft item = declaration.item();
        List<Field> fields = new ArrayList<>(inheritance.fields(declaration));
        for (Field global : globals) {
            Lifecycle carried = Lifecycles.carried(declaration.lifecycle(), global.lifecycle());
            if (carried.existsAtAll()) {
                Fields.addUnlessShadowed(fields, global.withLifecycle(carried));
            }
        }
        Set<String> names = new HashSet<>();
        fields.forEach(field -> names.add(field.name()));
        Optional<String> process = item.directiveValues(DirectiveKind.PROCESS).stream().findFirst();
        return new Event(item.name(), process.orElse(null), item.directiveValues(DirectiveKind.ALIASES),
                declaration.file().id(), item.description(), List.copyOf(inheritance.categories(declaration)),
                declaration.inherits(), declaration.lifecycle(), fields, item.source(),
                inheritance.contexts(declaration), inheritance.contextFields(declaration, names),
                declaration.edition());
    }
}
