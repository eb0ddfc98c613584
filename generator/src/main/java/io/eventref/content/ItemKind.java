package io.eventref.content;

/** What a heading declares. */
public enum ItemKind {
    /** The file's {@code #} title. */
    SECTION,
    /** A plain heading that only organises. */
    SUBSECTION,
    /** {@code Group: Name}. */
    GROUP,
    /** {@code Event: name}. */
    EVENT
}
