package io.eventref.cli;

/** The exit statuses of every subcommand. */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** The input has problems: content errors, invalid events, breaking changes asked to fail on. */
    static final int PROBLEMS = 1;
    /** Usage errors and unreadable input or unwritable output. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
