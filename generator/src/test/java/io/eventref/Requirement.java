package io.eventref;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * What a kind of test needs from the machine (a browser, a Dovecot it may install), and the rule
 * for when it is not there: the tests are skipped with a one-line notice that says how to run them,
 * except where they are required ({@code CI=true}, or {@code -D<property>=true}), where they fail.
 *
 * <p>{@code tests} names them in messages ("browser tests"), {@code property} is the system
 * property that makes them required, {@code howTo} says what to do to run them. Immutable.
 */
public record Requirement(String tests, String property, String howTo) {

    /** The requirements that already printed their notice: once per run, not once per test class. */
    private static final Set<String> NOTICES_GIVEN = ConcurrentHashMap.newKeySet();

    public Requirement {
        if (tests == null || property == null || howTo == null) {
            throw new IllegalArgumentException("tests, property and howTo must not be null");
        }
    }

    /** What is missing, and whether the tests must run all the same. */
    public record Unmet(Requirement requirement, List<String> missing, boolean required) {

        public Unmet {
            missing = List.copyOf(missing);
        }

        /** One line: why the tests do not run and how to run them. */
        public String message() {
            Requirement r = requirement;
            String line = required
                    ? r.tests + " are required here (CI=true or -D" + r.property + "=true) but "
                            + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " missing: "
                            + r.howTo
                    : r.tests + " skipped: no " + String.join(" or ", missing) + "; to run them, " + r.howTo
                            + " (CI=true or -D" + r.property + "=true makes them required)";
            return line.replaceAll("\\s*\\R\\s*", " ");
        }
    }

    /**
     * The rule: nothing unmet when nothing is missing; otherwise required when {@code ci} (the
     * value of the CI variable) or {@code requiredProperty} (the value of the property) is "true".
     */
    public Optional<Unmet> unmet(List<String> missing, String ci, String requiredProperty) {
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Unmet(this, missing, required(ci, requiredProperty)));
    }

    private static boolean required(String ci, String requiredProperty) {
        return "true".equalsIgnoreCase(ci) || "true".equalsIgnoreCase(requiredProperty);
    }

    /** Whether these tests must run here ({@code CI=true}, or the property set to true). */
    public boolean required() {
        return required(System.getenv("CI"), System.getProperty(property));
    }

    /**
     * Lets the calling test go on when nothing is missing; otherwise fails it where the tests are
     * required, or skips it with the notice (printed once per run on stderr).
     */
    public void require(List<String> missing) {
        Optional<Unmet> unmet = unmet(missing, System.getenv("CI"), System.getProperty(property));
        if (unmet.isEmpty()) {
            return;
        }
        String message = unmet.get().message();
        if (unmet.get().required()) {
            throw new IllegalStateException(message);
        }
        if (NOTICES_GIVEN.add(tests)) {
            System.err.println(message);
        }
        Assumptions.abort(message);
    }
}
