package io.eventref.check;

import io.eventref.model.Version;
import java.util.Optional;

/**
 * Why a workload does not reach a documented event in a release, when someone said so: the
 * coverage report gives it beside each event never observed. The project's table is
 * {@code conformance/unreached-reasons.tsv}, which {@code capture} reads (for the site too).
 */
@FunctionalInterface
public interface UnreachedReasons {

    /** No reasons at all. */
    UnreachedReasons NONE = (event, release) -> Optional.empty();

    /** Why the workload does not reach {@code event} in {@code release}, if a reason is known. */
    Optional<String> reason(String event, Version release);
}
