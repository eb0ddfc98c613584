package io.eventref.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code eventref}: the top command; it only holds the subcommands, which {@link #commandLine}
 * adds: all of them, or only the one being run, since picocli's reflection over a command costs
 * start-up time that a maintainer pays on every build.
 */
@Command(
        name = "eventref",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Publishes the reference of the events that the Dovecot mail server emits.")
final class EventrefCommand implements Runnable {

    /** The subcommands by name, in the order that help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> subcommands = new LinkedHashMap<>();
        subcommands.put("build", BuildCommand.class);
        subcommands.put("serve", ServeCommand.class);
        subcommands.put("validate", ValidateCommand.class);
        subcommands.put("model", ModelCommand.class);
        subcommands.put("check-events", CheckEventsCommand.class);
        subcommands.put("diff", DiffCommand.class);
        subcommands.put("history", HistoryCommand.class);
        subcommands.put("upgrade-check", UpgradeCheckCommand.class);
        subcommands.put("synthesize", SynthesizeCommand.class);
        subcommands.put("help", CommandLine.HelpCommand.class);
        return subcommands;
    }

    /**
     * The command line of {@code eventref args}: with only the subcommand that {@code args} start
     * with when they name one (its own help, options and errors are the same), else with all.
     */
    static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        CommandLine commandLine = new CommandLine(new EventrefCommand(), factory);
        Class<?> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(args[0], new CommandLine(named, factory));
        } else {
            SUBCOMMANDS.forEach((name, type) -> commandLine.addSubcommand(name, new CommandLine(type, factory)));
        }
        // --format json, --format JSON: every option of an enum type takes its values in any case.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
