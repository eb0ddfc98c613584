package io.eventref.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole event reference, resolved and validated, in canonical order: releases oldest first,
 * sections by their order, and categories, groups and events in reading order. Immutable.
 */
public record Reference(
        List<Release> releases,
        List<Section> sections,
        List<Category> categories,
        List<Field> globalFields,
        List<FieldGroup> groups,
        List<Event> events) {

    public Reference {
        releases = List.copyOf(releases);
        sections = List.copyOf(sections);
        categories = List.copyOf(categories);
        globalFields = List.copyOf(globalFields);
        groups = List.copyOf(groups);
        events = List.copyOf(events);
    }

    public List<Version> versions() {
        return releases.stream().map(Release::version).toList();
    }

    /**
     * The newest release that shipped ({@link Release#released()}): what "latest" means to an
     * operator. A listed version that never shipped, or has not yet, comes after it only when the
     * documentation already names it; when none shipped, the newest listed.
     */
    public Release latest() {
        if (releases.isEmpty()) {
            throw new IllegalStateException("the reference lists no releases");
        }
        for (int i = releases.size() - 1; i >= 0; i--) {
            if (releases.get(i).released()) {
                return releases.get(i);
            }
        }
        return releases.get(releases.size() - 1);
    }

    public Optional<Release> findRelease(Version version) {
        return releases.stream().filter(release -> release.version().equals(version)).findFirst();
    }

    public Release requireRelease(Version version) {
        return findRelease(version).orElseThrow(() -> new NoSuchElementException("no release " + version));
    }

    /** Every declaration of an event called {@code name} (by name or alias); two when two processes emit it. */
    public List<Event> findEvents(String name) {
        return events.stream().filter(event -> event.isCalled(name)).toList();
    }

    /** The first declaration of the event called {@code name} (by name or alias). */
    public Optional<Event> findEvent(String name) {
        return events.stream().filter(event -> event.isCalled(name)).findFirst();
    }

    public Event requireEvent(String name) {
        return findEvent(name).orElseThrow(() -> new NoSuchElementException("no event " + name));
    }

    public Optional<FieldGroup> findGroup(String name) {
        return groups.stream().filter(group -> group.name().equals(name)).findFirst();
    }

    public FieldGroup requireGroup(String name) {
        return findGroup(name).orElseThrow(() -> new NoSuchElementException("no group " + name));
    }

    public Optional<Category> findCategory(String name) {
        return categories.stream().filter(category -> category.name().equals(name)).findFirst();
    }

    public Category requireCategory(String name) {
        return findCategory(name).orElseThrow(() -> new NoSuchElementException("no category " + name));
    }

    public Optional<Section> findSection(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    public Section requireSection(String id) {
        return findSection(id).orElseThrow(() -> new NoSuchElementException("no section " + id));
    }

    /**
     * The reference as it stood in {@code release}: only what existed then in the editions the
     * release documents, under the names it had then, with the fields it had then, and lifecycles
     * without what came later. Releases after {@code release} are dropped.
     *
     * @throws NoSuchElementException when {@code release} is not listed
     */
    public Reference asOf(Version release) {
        Objects.requireNonNull(release, "release");
        Release then = requireRelease(release);
        Map<String, String> eventNames = new HashMap<>();
        events.stream().filter(event -> isIn(then, event.lifecycle(), event.edition())).forEach(event -> {
            eventNames.put(event.name(), event.lifecycle().nameIn(release, event.name()));
            event.aliases().forEach(alias -> eventNames.putIfAbsent(alias, alias));
        });
        Map<String, String> categoryNames = new HashMap<>();
        categories.stream().filter(category -> isIn(then, category.lifecycle(), category.edition())).forEach(
                category -> categoryNames.put(category.name(), category.lifecycle().nameIn(release, category.name())));
        Set<String> existingGroups = new HashSet<>();
        groups.stream().filter(group -> isIn(then, group.lifecycle(), group.edition()))
                .forEach(group -> existingGroups.add(group.name()));
        return new Reference(
                releases.stream().filter(r -> !r.version().isAfter(release)).toList(),
                sections.stream()
                        .filter(section -> isIn(then, section.lifecycle(), section.edition()))
                        .map(section -> asOf(section, release, existingGroups, eventNames))
                        .toList(),
                categories.stream()
                        .filter(category -> categoryNames.containsKey(category.name()))
                        .map(category -> new Category(categoryNames.get(category.name()),
                                category.parent() == null ? null : categoryNames.getOrDefault(category.parent(),
                                        category.parent()),
                                category.description(), category.lifecycle().asOf(release), category.source(),
                                category.edition()))
                        .toList(),
                fieldsAsOf(globalFields, release),
                groups.stream()
                        .filter(group -> existingGroups.contains(group.name()))
                        .map(group -> new FieldGroup(group.name(), group.section(), group.description(),
                                group.inherits(), renamed(group.categories(), categoryNames),
                                group.lifecycle().asOf(release), fieldsAsOf(group.fields(), release),
                                group.source(), group.contexts().stream().filter(existingGroups::contains).toList(),
                                group.edition()))
                        .toList(),
                events.stream()
                        .filter(event -> isIn(then, event.lifecycle(), event.edition()))
                        .map(event -> new Event(event.lifecycle().nameIn(release, event.name()), event.process(), event.aliases(),
                                event.section(), event.description(), renamed(event.categories(), categoryNames),
                                event.inherits(), event.lifecycle().asOf(release),
                                fieldsAsOf(event.fields(), release), event.source(),
                                event.contexts().stream().filter(existingGroups::contains).toList(),
                                fieldsAsOf(event.contextFields(), release), event.edition()))
                        .toList());
    }

    /** Whether an item of {@code edition} with {@code lifecycle} is in the reference of {@code release}. */
    private static boolean isIn(Release release, Lifecycle lifecycle, Edition edition) {
        return lifecycle.existsIn(release.version()) && release.covers(edition);
    }

    private static Section asOf(Section section, Version release, Set<String> groups, Map<String, String> events) {
        return new Section(section.id(), section.title(), section.order(), section.description(),
                section.lifecycle().asOf(release),
                section.groups().stream().filter(groups::contains).toList(),
                section.events().stream().filter(events::containsKey).map(events::get).toList(),
                section.source(), section.edition());
    }

    /** {@code names} as they were called then ({@code then}: current name → name then). */
    private static List<String> renamed(List<String> names, Map<String, String> then) {
        return names.stream().map(name -> then.getOrDefault(name, name)).toList();
    }

    private static List<Field> fieldsAsOf(List<Field> fields, Version release) {
        return fields.stream()
                .filter(field -> field.lifecycle().existsIn(release))
                .map(field -> field.asOf(release))
                .toList();
    }
}
