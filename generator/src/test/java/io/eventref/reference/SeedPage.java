package io.eventref.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the test can trust from the seed's text dump of the upstream Events page: headings
 * (lines ending in the pilcrow), the field rows under each (a row starts with {@code name |} where
 * the previous line closed a cell or a sentence), and the version markers.
 */
final class SeedPage {

    /** A heading and what stands under it up to the next heading. */
    record Block(String heading, List<String> lines) {
        boolean isEmpty() {
            return lines.stream().allMatch(String::isBlank);
        }
    }

    /** A field row of a block, with the markers at the end of its description. */
    record Row(String field, String description) {
    }

    private static final Pattern EVENT_NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)+|[a-z]+");
    private static final Pattern CATEGORY_ROW = Pattern.compile("([a-z][a-z0-9:<>-]*) \\|");
    private static final Pattern ROW_START = Pattern.compile("([a-z][a-z0-9_]*) \\|");
    static final Pattern MARKER = Pattern.compile("(New|Changed|Removed|Deprecated) in version v?(\\d+(?:\\.\\d+)+)");
    /** Headings of the page that name groups of fields, not events (see shared/reference/README.md). */
    static final Set<String> GROUP_HEADINGS = Set.of("fs", "fs_file", "obox");

    private final List<Block> blocks = new ArrayList<>();

    SeedPage(String text) {
        Block current = null;
        for (String line : text.split("\n", -1)) {
            if (line.endsWith("¶")) {
                current = new Block(line.substring(0, line.length() - 1), new ArrayList<>());
                blocks.add(current);
            } else if (current != null) {
                current.lines().add(line);
            }
        }
    }

    List<Block> blocks() {
        return blocks;
    }

    static boolean isEventHeading(String heading) {
        return heading.contains("_") && EVENT_NAME.matcher(heading).matches() && !GROUP_HEADINGS.contains(heading);
    }

    /** The blocks of field tables: those from the "Global Fields" heading on (before it: categories). */
    List<Block> fieldBlocks() {
        int start = 0;
        while (start < blocks.size() && !blocks.get(start).heading().equals("Global Fields")) {
            start++;
        }
        return blocks.subList(start, blocks.size());
    }

    /** The blocks of category tables: those before the "Global Fields" heading. */
    List<Block> categoryBlocks() {
        return blocks.subList(0, blocks.size() - fieldBlocks().size());
    }

    /** The category rows of the category tables (names may hold '-' and ':'). */
    List<Row> categoryRows() {
        List<Row> rows = new ArrayList<>();
        for (Block block : categoryBlocks()) {
            List<String> lines = block.lines();
            for (int i = 0; i + 1 < lines.size(); i++) {
                Matcher start = CATEGORY_ROW.matcher(lines.get(i));
                if (start.matches() && !lines.get(i).startsWith("Category")) {
                    rows.add(new Row(start.group(1), lines.get(i + 1)));
                }
            }
        }
        return rows;
    }

    /** Every event heading's name, in page order, without repeats. */
    Set<String> eventNames() {
        Set<String> names = new LinkedHashSet<>();
        blocks.stream().map(Block::heading).filter(SeedPage::isEventHeading).forEach(names::add);
        return names;
    }

    /**
     * The field rows of each event heading, keyed by the heading's index in {@link #blocks()}. A
     * heading with nothing under it shares the rows of the event heading that follows.
     */
    Map<Integer, List<Row>> eventRows() {
        Map<Integer, List<Row>> rows = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!isEventHeading(blocks.get(i).heading())) {
                continue;
            }
            int owner = i;
            while (blocks.get(owner).isEmpty() && owner + 1 < blocks.size()
                    && isEventHeading(blocks.get(owner + 1).heading())) {
                owner++;
            }
            rows.put(i, rows(blocks.get(owner)));
        }
        return rows;
    }

    /** The field rows of one block. */
    static List<Row> rows(Block block) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = ROW_START.matcher(lines.get(i));
            String previous = i == 0 ? "" : lines.get(i - 1).strip();
            boolean opensRow = previous.endsWith("|") || previous.endsWith(".") || previous.isEmpty();
            if (start.matches() && opensRow) {
                StringBuilder description = new StringBuilder();
                for (int j = i + 1; j < lines.size(); j++) {
                    description.append(lines.get(j)).append(' ');
                    if (lines.get(j).strip().endsWith("|")) {
                        break;
                    }
                }
                rows.add(new Row(start.group(1), description.toString().strip()));
            }
        }
        return rows;
    }

    /** Every version marker of the page, as written ("New in version v2.3.7"). */
    List<String> markers() {
        List<String> markers = new ArrayList<>();
        for (Block block : blocks) {
            Matcher matcher = MARKER.matcher(block.heading() + "\n" + String.join("\n", block.lines()));
            while (matcher.find()) {
                markers.add(matcher.group());
            }
        }
        return markers;
    }
}
