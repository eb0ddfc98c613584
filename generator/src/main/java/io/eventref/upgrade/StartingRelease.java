package io.eventref.upgrade;

import io.eventref.config.ConfigSyntax;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The release a config is checked from when none is given, and why: the one its syntax implies.
 * Only releases that shipped count. {@code dovecot_config_version = V}: the newest release of V's line
 * that is not after V (else the oldest of that line); 2.4 syntax without it: the oldest 2.4 release; 2.3 syntax: the newest
 * released 2.3 release that reads it (before 2.3.13 for the metric settings of old, from 2.3.13 on
 * for filter expressions). When the reference lists none of those, its oldest release.
 */
public record StartingRelease(Version version, String reason) {

    /** The first release whose metrics take a filter expression (2.3.11.3 still took {@code event_name}). */
    public static final Version FILTER_EXPRESSIONS = Version.parse("2.3.13");

    public StartingRelease {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
    }

    public static StartingRelease of(Reference reference, ConfigSyntax syntax) {
        List<Release> releases = reference.releases();
        if (syntax.line() == ConfigSyntax.Line.DOVECOT_2_4) {
            Version declared = syntax.configVersion();
            List<Release> line = releases.stream().filter(Release::released).filter(release -> sameLine(
                    release.version(), declared != null ? declared : Version.parse("2.4.0"))).toList();
            if (declared != null) {
                Optional<Release> notAfter = line.stream().filter(release -> !release.version().isAfter(declared))
                        .reduce((first, last) -> last);
                if (notAfter.isPresent()) {
                    return new StartingRelease(notAfter.get().version(), "the newest release up to the"
                            + " config's dovecot_config_version");
                }
            }
            if (!line.isEmpty()) {
                return new StartingRelease(line.get(0).version(), "the oldest release of the config's line");
            }
        } else {
            Optional<Release> newest = releases.stream()
                    .filter(Release::released)
                    .filter(release -> sameLine(release.version(), FILTER_EXPRESSIONS))
                    .filter(release -> syntax.legacyMetrics() == release.version().isBefore(FILTER_EXPRESSIONS))
                    .reduce((first, last) -> last);
            if (newest.isPresent()) {
                return new StartingRelease(newest.get().version(), syntax.legacyMetrics()
                        ? "the newest release before " + FILTER_EXPRESSIONS + ", which took metrics in this syntax"
                        : "the newest 2.3 release");
            }
        }
        return new StartingRelease(reference.releases().get(0).version(), "the oldest listed release: no listed release"
                + " is of the " + syntax.line().label() + " line this config is written for");
    }

    /** Whether the two versions share their first two numbers (2.3.x, 2.4.x). */
    private static boolean sameLine(Version a, Version b) {
        return a.parts().get(0).equals(b.parts().get(0)) && a.parts().get(1).equals(b.parts().get(1));
    }
}
