package io.eventref.build;

import java.util.List;

/**
 * The build produced output that breaks its own contract (a schema that is not a valid 2020-12
 * schema): a bug of the generator or content it cannot represent. Nothing may be written.
 */
public final class InvalidOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidOutputException(String what, List<String> problems) {
        super(what + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the file it is in. */
    public List<String> problems() {
        return problems;
    }
}
