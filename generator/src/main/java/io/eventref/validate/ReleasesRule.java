package io.eventref.validate;

import io.eventref.content.ReleaseDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.HashMap;
import java.util.Map;

/** {@code releases}: the releases are listed once each, oldest first. */
final class ReleasesRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Version previous = null;
        Map<Version, SourceRef> seen = new HashMap<>();
        for (ReleaseDraft release : content.draft().releases()) {
            if (!Version.isValid(release.version())) {
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
}
