package io.eventref.validate;

import io.eventref.content.ReleaseDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code releases}: the releases are listed once each, oldest first, with numbers a version can
 * have and dates that exist. (Their shape is the schema's to check.)
 */
final class ReleasesRule implements Rule {

    private static final Pattern DIGITS = Pattern.compile("v?\\d+(\\.\\d+)+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Version previous = null;
        Map<Version, SourceRef> seen = new HashMap<>();
        for (ReleaseDraft release : content.draft().releases()) {
            checkDate(release, diagnostics);
            if (!Version.isValid(release.version())) {
                if (DIGITS.matcher(release.version()).matches()) {
                    diagnostics.error(release.source(), "releases", "release " + release.version()
                            + ": a part of a version is at most " + Version.MAX_PART);
                }
                continue;
            }
            Version version = Version.parse(release.version());
            SourceRef first = seen.putIfAbsent(version, release.source());
            if (first != null) {
                diagnostics.error(release.source(), "releases", "release " + version + " is listed twice (first at "
                        + first + ")");
            } else if (previous != null && version.isBefore(previous)) {
                diagnostics.error(release.source(), "releases", "release " + version + " is listed after "
                        + previous + "; list releases oldest first");
            }
            previous = version;
        }
    }

    /** A date of the schema's shape must also be a day of the calendar ({@code 2018-02-30} is not). */
    private static void checkDate(ReleaseDraft release, Diagnostics diagnostics) {
        if (release.date() == null || !DATE.matcher(release.date()).matches()) {
            return;
        }
        try {
            LocalDate.parse(release.date(), ISO_DATE);
        } catch (DateTimeParseException e) {
            diagnostics.error(release.source(), "releases", "release " + release.version() + ": the date "
                    + release.date() + " does not exist");
        }
    }
}
