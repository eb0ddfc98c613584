package io.eventref.validate;

import io.eventref.content.ReleaseDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Version;
import java.util.Set;
import java.util.TreeSet;

/** {@code unknown-release}: every version a marker names is listed in {@code releases.yaml}. */
final class UnknownReleaseRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        Set<Version> known = new TreeSet<>();
        for (ReleaseDraft release : content.draft().releases()) {
            if (Version.isValid(release.version())) {
                known.add(Version.parse(release.version()));
            }
        }
        if (known.isEmpty()) {
            return;
        }
        content.forEachMarker(marker -> {
            if (!known.contains(marker.version())) {
                diagnostics.error(marker.source(), "unknown-release", "version " + marker.version()
                        + " is not listed in " + content.draft().releasesPath());
            }
        });
    }
}
