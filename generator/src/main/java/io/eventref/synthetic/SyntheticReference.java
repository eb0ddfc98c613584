package io.eventref.synthetic;

import io.eventref.output.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic reference with the real one's shape, deterministic for a seed: sections of about a
 * hundred events, field groups inheriting three levels deep, about eight own fields per event,
 * markers spread over the releases, a few deprecations, removals and renames (aliases).
 */
public final class SyntheticReference {

    static final int EVENTS_PER_SECTION = 100;
    private static final String[] TYPES = {"string", "string", "string", "integer", "integer", "timestamp",
        "string-list"};
    private static final String[] WORDS = {"mail", "user", "box", "cache", "index", "auth", "proxy", "dict",
        "sieve", "smtp", "imap", "fts", "quota", "push", "sql", "dns", "http", "lmtp", "login", "fs"};
    private static final String[] VERBS = {"started", "finished", "opened", "closed", "failed", "retried",
        "created", "deleted", "renamed", "synced"};

    private final int events;
    private final int releases;
    private final SplittableRandom random;

    private SyntheticReference(int events, int releases, long seed) {
        if (events < 1 || releases < 2) {
            throw new IllegalArgumentException("events, releases: need at least 1 event and 2 releases, got "
                    + events + ", " + releases);
        }
        this.events = events;
        this.releases = releases;
        this.random = new SplittableRandom(seed);
    }

    /** The content folder's files: releases.yaml, categories.md, global-fields.md and the sections. */
    public static List<OutputFile> generate(int events, int releases, long seed) {
        return new SyntheticReference(events, releases, seed).files();
    }

    private List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text("releases.yaml", releasesYaml()));
        files.add(OutputFile.text("categories.md", categories()));
        files.add(OutputFile.text("global-fields.md", """
                ---
                kind: global-fields
                ---
                # Global fields

                | Field | Type | Values | Description |
                |---|---|---|---|
                | `duration` | integer | | Duration of the event, in microseconds. |
                | `reason_code` | string-list | | Reason codes of the event. |
                """));
        int sections = (events + EVENTS_PER_SECTION - 1) / EVENTS_PER_SECTION;
        for (int s = 0; s < sections; s++) {
            int first = s * EVENTS_PER_SECTION;
            int count = Math.min(EVENTS_PER_SECTION, events - first);
            files.add(OutputFile.text(String.format(Locale.ROOT, "section-%04d.md", s), section(s, first, count)));
        }
        return files;
    }

    private String version(int index) {
        return "2.3." + index;
    }

    private String releasesYaml() {
        StringBuilder yaml = new StringBuilder("releases:\n");
        for (int r = 0; r < releases; r++) {
            yaml.append("  - version: \"").append(version(r)).append("\"\n");
        }
        return yaml.toString();
    }

    private String categories() {
        StringBuilder text = new StringBuilder("---\nkind: categories\n---\n# Categories\n\n"
                + "| Category | Parent | Description |\n|---|---|---|\n");
        for (String word : WORDS) {
            text.append("| `").append(word).append("` | | The ").append(word).append(" category. |\n");
            text.append("| `").append(word).append("-client` | `").append(word).append("` | The ").append(word)
                    .append(" client category. |\n");
        }
        return text.toString();
    }

    private String section(int s, int first, int count) {
        String word = WORDS[s % WORDS.length];
        String group = "S" + s + " ";
        StringBuilder text = new StringBuilder();
        text.append("---\nkind: section\nid: section-").append(s).append("\norder: ").append(s).append("\n---\n");
        text.append("# Section ").append(s).append("\n\nEvents of the synthetic section ").append(s)
                .append(", about ").append(word).append(".\n\nCategories: ").append(word).append("\n\n");
        groupHeading(text, group + "base", null, word, 6);
        groupHeading(text, group + "middle", group + "base", word, 4);
        groupHeading(text, group + "leaf", group + "middle", word, 3);
        text.append("## Group: ").append(group).append("events\n\nInherits from: ").append(group).append("leaf\n\n"
                + "The events of the section.\n\n");
        for (int e = first; e < first + count; e++) {
            event(text, e, group);
        }
        return text.toString();
    }

    private void groupHeading(StringBuilder text, String name, String parent, String word, int fields) {
        text.append("## Group: ").append(name).append("\n\n");
        if (parent != null) {
            text.append("Inherits from: ").append(parent).append("\n\n");
        }
        text.append("Fields common to the ").append(word).append(" events.\n\n");
        table(text, name.replace(' ', '_').toLowerCase(Locale.ROOT), fields, 0, 0);
    }

    private void event(StringBuilder text, int e, String group) {
        String name = WORDS[e % WORDS.length] + "_e" + e + "_" + VERBS[random.nextInt(VERBS.length)];
        text.append("### Event: ").append(name).append("\n\n");
        int added = random.nextInt(10) < 3 ? 1 + random.nextInt(releases - 1) : 0;
        int end = releases;
        List<String> directives = new ArrayList<>();
        if (added > 0) {
            directives.add("New in version " + version(added) + ".");
        }
        if (random.nextInt(100) < 2 && added + 2 < releases) {
            int deprecated = added + 1 + random.nextInt(releases - added - 2);
            directives.add("Deprecated in version " + version(deprecated) + ": Use a newer event.");
            if (random.nextBoolean()) {
                end = deprecated + 1;
                directives.add("Removed in version " + version(end) + ": Replaced.");
            }
        }
        if (random.nextInt(100) < 5 && added + 1 < end) {
            directives.add("Changed in version " + version(added + 1 + random.nextInt(end - added - 1))
                    + ": The event now carries more detail.");
        }
        directives.add("Inherits from: " + group + "events");
        if (random.nextInt(100) < 1) {
            directives.add("Aliases: " + name + "_old");
        }
        text.append(String.join("\n", directives)).append("\n\n");
        text.append("Emitted when the synthetic operation ").append(e)
                .append(" happens. It helps to *measure* how the build grows with the reference.\n\n");
        table(text, "f", 6 + random.nextInt(5), added, end);
    }

    /**
     * A field table of {@code count} fields named {@code prefix_N}; some are new in a release after
     * {@code from} and before {@code to} (none when that range is empty).
     */
    private void table(StringBuilder text, String prefix, int count, int from, int to) {
        text.append("| Field | Type | Values | Description |\n|---|---|---|---|\n");
        for (int f = 0; f < count; f++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            String values = type.equals("string") && random.nextInt(10) == 0 ? "`yes`" : "";
            text.append("| `").append(prefix).append('_').append(f).append("` | ").append(type).append(" | ")
                    .append(values).append(" | Field ").append(f).append(" of the item, with `code`.");
            if (from + 1 < to && random.nextInt(10) == 0) {
                text.append(" New in version ").append(version(from + 1 + random.nextInt(to - from - 1))).append('.');
            }
            text.append(" |\n");
        }
        text.append('\n');
    }
}
