package io.eventref.diff;

import io.eventref.Fixtures;
import io.eventref.model.Reference;
import io.eventref.model.Version;

/** The references the diff tests compare: the fixtures, and a small synthetic reference. */
final class References {

    private References() {
    }

    /** {@code fixtures/diff/content}: one of every kind of difference between 2.3.7 and 2.3.18. */
    static Reference fixture() {
        return Fixtures.load(Fixtures.content("diff"));
    }

    /** {@code fixtures/compare/content}: what the diff fixture leaves out, such as renamed events' histories. */
    static Reference compareFixture() {
        return Fixtures.load(Fixtures.content("compare"));
    }

    /** {@code fixtures/basic/content}: aliases, groups inheriting from two, an event of two processes. */
    static Reference basic() {
        return Fixtures.load(Fixtures.content("basic"));
    }

    /** A synthetic reference of 60 events over 22 releases, with the real one's shape. */
    static Reference synthetic() {
        return Fixtures.synthetic(60, 22, 7);
    }

    static DiffReport compare(Reference reference, String from, String to) {
        return new Differ().compare(reference, Version.parse(from), Version.parse(to));
    }
}
