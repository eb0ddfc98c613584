package io.eventref.cli;

import picocli.CommandLine.Command;

/** {@code eventref}: the top command; it only holds the subcommands. */
@Command(
        name = "eventref",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Publishes the reference of the events that the Dovecot mail server emits.",
        subcommands = {
            BuildCommand.class,
            ValidateCommand.class,
            ModelCommand.class,
            CheckEventsCommand.class,
            DiffCommand.class,
            HistoryCommand.class,
            SynthesizeCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
final class EventrefCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
