package io.eventref.site;

import java.util.List;

/**
 * The page where a reader picks any two releases and sees the diff report, computed in the
 * browser from the published model ({@code modelHref}) by {@code compareScriptHref}.
 */
public record ComparePage(Layout layout, List<String> releases, String defaultFrom, String defaultTo,
        String modelHref, String compareScriptHref, List<Link> reports) {
}
