package io.eventref.serve;

import io.eventref.output.OutputFile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The site as served at one moment: every file by site path, each with the number of the build
 * that last changed its bytes, so that a page loaded from build N knows whether it is out of date;
 * a file that went is kept as gone, with the build it went in. {@code templates} is the number of
 * the build that last read new templates (whose stylesheet and scripts every page uses).
 * Immutable; the byte arrays are never changed.
 */
record Snapshot(long build, long templates, Map<String, Entry> files) {

    /** A path of the site: its bytes (null once the file went), and the build since which they are these. */
    record Entry(byte[] content, long since) {
    }

    Snapshot {
        files = Map.copyOf(files);
    }

    /** A site with no file at all, before the first build. */
    static Snapshot empty() {
        return new Snapshot(0, 0, Map.of());
    }

    /** The bytes of the file at {@code path}; empty when the site has none there. */
    Optional<byte[]> find(String path) {
        Entry entry = files.get(Objects.requireNonNull(path, "path"));
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.content());
    }

    /**
     * Whether what the site serves at {@code path} changed after build {@code loaded}: the file's
     * bytes changed, it appeared or it went, or the templates changed.
     */
    boolean changedSince(String path, long loaded) {
        Entry entry = files.get(path);
        return templates > loaded || entry != null && entry.since() > loaded;
    }

    /**
     * The site of build {@code build}: exactly {@code files}, each keeping the build it dates from
     * when its bytes are those it has here. {@code newTemplates}: the build read new templates.
     */
    Snapshot next(long build, Map<String, byte[]> files, boolean newTemplates) {
        Map<String, Entry> entries = new HashMap<>(this.files.size() * 2);
        this.files.forEach((path, entry) -> entries.put(path,
                entry.content() == null || files.containsKey(path) ? entry : new Entry(null, build)));
        files.forEach((path, content) -> entries.put(path, entry(path, content, build)));
        return new Snapshot(build, newTemplates ? build : templates, entries);
    }

    /** This site with {@code changed} files put in (the pages of a preview), as build {@code build}. */
    Snapshot with(long build, List<OutputFile> changed) {
        Map<String, Entry> entries = new HashMap<>(files);
        changed.forEach(file -> entries.put(file.path(), entry(file.path(), file.content(), build)));
        return new Snapshot(build, templates, entries);
    }

    /** The files of the site (not those gone), by path. */
    Map<String, byte[]> contents() {
        Map<String, byte[]> contents = new HashMap<>(files.size() * 2);
        files.forEach((path, entry) -> {
            if (entry.content() != null) {
                contents.put(path, entry.content());
            }
        });
        return contents;
    }

    private Entry entry(String path, byte[] content, long build) {
        Entry old = files.get(path);
        boolean same = old != null && old.content() != null
                && (old.content() == content || Arrays.equals(old.content(), content));
        return same ? old : new Entry(content, build);
    }
}
