package io.eventref.site;

import java.util.List;

/**
 * The page where a reader picks two releases and reads the report between them, which
 * {@code compareScriptHref} loads from {@code reportsHref} (see {@link CompareData}). {@code everyPair}
 * is false when the build publishes the reports of consecutive releases only (a big reference).
 */
public record ComparePage(Layout layout, List<String> releases, String defaultFrom, String defaultTo,
        boolean everyPair, String reportsHref, String compareScriptHref, List<Link> reports) {
}
