package io.eventref.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A seam before each change that publishing makes to the disk. The writer calls it with what it
 * is about to do and where; tests make a build fail there (an {@link IOException}, as a permission
 * problem would) or stop the process there (as a kill would), to hold the promise that the site is
 * always one whole build.
 */
@FunctionalInterface
interface DiskStep {

    /** What the writer is about to do. */
    enum Kind {
        /** Remove a leftover of an earlier build (a tree, never followed through links). */
        CLEAN,
        /** Make a folder of the new build. */
        FOLDER,
        /** Write a new or changed file into the new build. */
        WRITE,
        /** Hard-link an unchanged file of the published build into the new build. */
        LINK,
        /** Write the marker, the new build's last file. */
        MARKER,
        /** Move a site folder of the older layout aside (once, when the layout changes). */
        MOVE_ASIDE,
        /** Point the site at the new build: the atomic switch. */
        SWITCH
    }

    DiskStep NONE = (kind, path) -> { };

    void before(Kind kind, Path path) throws IOException;
}
