package io.eventref.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A usage error about a value the command line gave (a release that is not listed, a name that names
 * nothing), as opposed to its syntax: {@link Main} prints its message alone, on one line, which says
 * what the valid values are, instead of the whole usage.
 */
final class BadValue extends ParameterException {

    private static final long serialVersionUID = 1L;

    BadValue(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
