package io.eventref.serve;

import io.eventref.diagnostic.Diagnostic;
import java.util.Objects;

/**
 * A problem that keeps a build from being served: where it is ({@code content/auth.md:12:3}, or ""
 * when it has no place, such as a broken link the build made), its severity, rule and message.
 */
record BuildProblem(String where, String severity, String rule, String message) {

    BuildProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    static BuildProblem of(Diagnostic diagnostic) {
        return new BuildProblem(diagnostic.source().toString(), diagnostic.severity().label(), diagnostic.rule(),
                diagnostic.message());
    }

    /** An error of the build rather than of a place in the content. */
    static BuildProblem ofBuild(String rule, String message) {
        return new BuildProblem("", "error", rule, message);
    }

    /** As {@code eventref validate} prints a diagnostic: {@code where: error: message [rule]}. */
    String text() {
        return (where.isEmpty() ? "" : where + ": ") + severity + ": " + message + " [" + rule + "]";
    }
}
