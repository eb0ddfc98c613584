package io.eventref.cli;

import java.io.InputStream;
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
        return run(System.in, out, err, args);
    }

    /** Like {@link #run(PrintWriter, PrintWriter, String...)}, with {@code in} as standard input. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = EventrefCommand.commandLine(factory(in), args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            if (!(exception instanceof BadValue)) {
                return usage.handleParseException(exception, arguments);
            }
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("eventref " + failed.getCommandName() + ": " + exception.getMessage());
            failed.getErr().flush();
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("eventref: " + describe(exception));
            line.getErr().flush();
            return ExitCodes.USAGE;
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("eventref: out of memory; give the JVM more heap, for example with"
                    + " JAVA_TOOL_OPTIONS=-Xmx4g");
            status = ExitCodes.USAGE;
        }
        out.flush();
        err.flush();
        return status;
    }

    /** Makes the commands; those that read standard input get {@code in}. */
    private static CommandLine.IFactory factory(InputStream in) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CheckEventsCommand.class ? type.cast(new CheckEventsCommand(in)) : defaults.create(type);
            }
        };
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
