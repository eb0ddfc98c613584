package io.eventref.cli;

import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** A release named on the command line ({@code 2.3.10} or {@code v2.3.10}): it must be a listed one. */
final class ReleaseArgument {

    private ReleaseArgument() {
    }

    /** The listed release {@code text} names, else a usage error that lists the releases. */
    static Version parse(CommandSpec spec, Reference reference, String label, String text) {
        if (Version.isValid(text)) {
            Version version = Version.parse(text);
            if (reference.findRelease(version).isPresent()) {
                return version;
            }
        }
        throw new BadValue(spec.commandLine(), label + ": '" + text + "' is not a listed release; "
                + releases(reference));
    }

    /** "the releases are 2.3.0, 2.3.1, ...". */
    static String releases(Reference reference) {
        return "the releases are " + reference.versions().stream().map(Version::toString)
                .collect(Collectors.joining(", "));
    }
}
