package io.eventref.resolve;

import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves what groups and events inherit, across any depth and several parents: fields (own
 * first, then each parent's in the order named; the first of a name wins, unless the two never
 * coexist) and categories.
 * A field that the holder's lifecycle leaves no release for (a parent's field added after the
 * holder was removed) is not carried. Parents are looked up among groups first, then events.
 * Assumes validated drafts (no unknown
 * parent, no cycle); memoised, so each declaration is resolved once.
 */
final class Inheritance {

    private final Map<String, Declaration> groups;
    private final Map<String, Declaration> events;
    private final Map<Declaration, List<Field>> fields = new IdentityHashMap<>();
    private final Map<Declaration, Set<String>> categories = new IdentityHashMap<>();
    private final Map<Declaration, List<String>> contexts = new IdentityHashMap<>();

    Inheritance(List<Declaration> declarations) {
        this.groups = new LinkedHashMap<>();
        this.events = new LinkedHashMap<>();
        for (Declaration declaration : declarations) {
            (declaration.isEvent() ? events : groups).putIfAbsent(declaration.name(), declaration);
        }
    }

    /** The group called {@code name}; contexts are groups. */
    Declaration group(String name) {
        Declaration group = groups.get(name);
        if (group == null) {
            throw new IllegalStateException("unvalidated context: " + name);
        }
        return group;
    }

    Declaration parent(String name) {
        Declaration parent = groups.containsKey(name) ? groups.get(name) : events.get(name);
        if (parent == null) {
            throw new IllegalStateException("unvalidated parent: " + name);
        }
        return parent;
    }

    /** Own fields, then inherited ones with their origin and their lifecycle on {@code declaration}. */
    List<Field> fields(Declaration declaration) {
        List<Field> known = fields.get(declaration);
        if (known != null) {
            return known;
        }
        List<Field> all = new ArrayList<>();
        declaration.ownFields().forEach(field -> Fields.addUnlessShadowed(all, field));
        for (String parentName : declaration.inherits()) {
            Declaration parent = parent(parentName);
            for (Field field : fields(parent)) {
                String origin = Field.OWN.equals(field.origin()) ? parent.name() : field.origin();
                Lifecycle carried = Lifecycles.carried(declaration.lifecycle(), field.lifecycle());
                if (carried.existsAtAll()) {
                    Fields.addUnlessShadowed(all, field.withOrigin(origin).withLifecycle(carried));
                }
            }
        }
        List<Field> resolved = List.copyOf(all);
        fields.put(declaration, resolved);
        return resolved;
    }

    /** The categories of the declaration's headings and of everything it inherits from, sorted. */
    Set<String> categories(Declaration declaration) {
        Set<String> known = categories.get(declaration);
        if (known != null) {
            return known;
        }
        Set<String> all = new TreeSet<>(declaration.headingCategories());
        for (String parentName : declaration.inherits()) {
            all.addAll(categories(parent(parentName)));
        }
        Set<String> resolved = Set.copyOf(all);
        categories.put(declaration, new TreeSet<>(resolved));
        return categories.get(declaration);
    }

    /**
     * Every context the declaration is emitted in, nearest first: those its headings name, then
     * those of what it inherits, then the contexts those contexts are used in, each once.
     */
    List<String> contexts(Declaration declaration) {
        List<String> known = contexts.get(declaration);
        if (known != null) {
            return known;
        }
        Set<String> all = new LinkedHashSet<>(declaration.headingContexts());
        for (String parentName : declaration.inherits()) {
            all.addAll(contexts(parent(parentName)));
        }
        for (String context : List.copyOf(all)) {
            all.addAll(contexts(group(context)));
        }
        List<String> resolved = List.copyOf(all);
        contexts.put(declaration, resolved);
        return resolved;
    }

    /**
     * The fields that the contexts of {@code declaration} add to it at run time: each context's
     * fields in context order, less those named in {@code carried} (the declaration's own, inherited
     * and global fields), each carried by the declaration's lifecycle. The contexts are alternatives
     * (an event runs in one of them), so a name that several give is one field that takes what any
     * of them allows, while any of them has it ({@link Fields#either}); it keeps the first one's
     * origin, type and description.
     */
    List<Field> contextFields(Declaration declaration, Set<String> carried) {
        List<Field> all = new ArrayList<>();
        for (String contextName : contexts(declaration)) {
            Declaration context = group(contextName);
            for (Field field : fields(context)) {
                String origin = Field.OWN.equals(field.origin()) ? context.name() : field.origin();
                Lifecycle lifecycle = Lifecycles.carried(declaration.lifecycle(), field.lifecycle());
                if (!carried.contains(field.name()) && lifecycle.existsAtAll()) {
                    Fields.addOrMerge(all, field.withOrigin(origin).withLifecycle(lifecycle));
                }
            }
        }
        return List.copyOf(all);
    }
}
