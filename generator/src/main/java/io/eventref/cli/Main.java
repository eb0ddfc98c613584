package io.eventref.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the {@code eventref} command and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs {@code eventref args} with the given writers and returns the exit status (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new EventrefCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("eventref: " + describe(exception));
            line.getErr().flush();
            return ExitCodes.USAGE;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static String describe(Exception exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.io.UncheckedIOException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + message;
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + message;
        }
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
