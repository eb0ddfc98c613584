package io.eventref.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one line so far. Lists are made only when something is found, so a valid
 * line allocates nothing here. Not thread-safe; one per line.
 */
final class Findings {

    private List<Problem> problems;
    private boolean errors;

    void add(Problem problem) {
        if (problems == null) {
            problems = new ArrayList<>(4);
        }
        problems.add(problem);
        errors |= problem.isError();
    }

    void error(String location, String message) {
        add(Problem.error(location, message));
    }

    void warning(String location, String message) {
        add(Problem.warning(location, message));
    }

    boolean hasErrors() {
        return errors;
    }

    List<Problem> list() {
        return problems == null ? List.of() : problems;
    }
}
