package io.eventref.model;

import java.util.HashSet;
import java.util.List;
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

    /** The newest listed release. */
    public Release latest() {
        if (releases.isEmpty()) {
            throw new IllegalStateException("the reference lists no releases");
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
     * The reference as it stood in {@code release}: only what existed then, with the fields it had
     * then, and lifecycles without what came later. Releases after {@code release} are dropped.
     *
     * @throws NoSuchElementException when {@code release} is not listed
     */
    public Reference asOf(Version release) {
        Objects.requireNonNull(release, "release");
        requireRelease(release);
        Set<String> existingEvents = new HashSet<>();
        events.stream().filter(event -> event.lifecycle().existsIn(release)).forEach(event -> {
            existingEvents.add(event.name());
            existingEvents.addAll(event.aliases());
        });
        Set<String> existingGroups = new HashSet<>();
        groups.stream().filter(group -> group.lifecycle().existsIn(release))
                .forEach(group -> existingGroups.add(group.name()));
        return new Reference(
                releases.stream().filter(r -> !r.version().isAfter(release)).toList(),
                sections.stream()
                        .filter(section -> section.lifecycle().existsIn(release))
                        .map(section -> asOf(section, release, existingGroups, existingEvents))
                        .toList(),
                categories.stream()
                        .filter(category -> category.lifecycle().existsIn(release))
                        .map(category -> new Category(category.name(), category.parent(), category.description(),
                                category.lifecycle().asOf(release), category.source()))
                        .toList(),
                fieldsAsOf(globalFields, release),
                groups.stream()
                        .filter(group -> group.lifecycle().existsIn(release))
                        .map(group -> new FieldGroup(group.name(), group.section(), group.description(),
                                group.inherits(), group.categories(), group.lifecycle().asOf(release),
                                fieldsAsOf(group.fields(), release), group.source()))
                        .toList(),
                events.stream()
                        .filter(event -> event.lifecycle().existsIn(release))
                        .map(event -> new Event(event.name(), event.process(), event.aliases(), event.section(),
                                event.description(), event.categories(), event.inherits(),
                                event.lifecycle().asOf(release), fieldsAsOf(event.fields(), release),
                                event.source()))
                        .toList());
    }

    private static Section asOf(Section section, Version release, Set<String> groups, Set<String> events) {
        return new Section(section.id(), section.title(), section.order(), section.description(),
                section.lifecycle().asOf(release),
                section.groups().stream().filter(groups::contains).toList(),
                section.events().stream().filter(events::contains).toList(),
                section.source());
    }

    private static List<Field> fieldsAsOf(List<Field> fields, Version release) {
        return fields.stream()
                .filter(field -> field.lifecycle().existsIn(release))
                .map(field -> field.withLifecycle(field.lifecycle().asOf(release)))
                .toList();
    }
}
