package io.eventref.cli;

import io.eventref.capture.ConformanceReader;
import io.eventref.serve.Browser;
import io.eventref.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventref serve}: builds the site in memory, serves it on the loopback interface and
 * rebuilds it as the content and templates are saved, until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site in memory and serve it on 127.0.0.1, rebuilding it as content/ and templates/"
                + " are saved: open pages reload, and the content's errors show on them. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--open", description = "Open the site in the browser once it is built.")
    boolean open;

    @Option(names = "--timings", description = "Print how long each phase of each build took.")
    boolean timings;

    @Option(names = "--conformance", paramLabel = "DIR",
            description = "The conformance folder, as for build (default: conformance/ beside the content folder);"
                    + " read once, at start.")
    Path conformance;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The templates folder to read and watch (default: templates/ of the project).")
    Path templates;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port);
        }
        InetSocketAddress address = new InetSocketAddress(address(), port);
        Optional<Path> templateFolder = templateFolder();
        Path conformanceFolder = BuildCommand.conformanceFolder(spec, conformance, content.contentFolder());
        out.println("building " + content.displayFolder() + " ...");
        out.flush();
        ConformanceReader.Result captures = new ConformanceReader().read(conformanceFolder, Paths.display(conformanceFolder));
        DevServer server;
        try {
            server = DevServer.start(new DevServer.Settings(content.contentFolder(), content.displayFolder(),
                    templateFolder, captures, address, timings), out);
        } catch (BindException e) {
            err.println("eventref: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); is another server using it? Choose another with --port");
            return ExitCodes.USAGE;
        }
        Thread stop = new Thread(() -> {
            server.close();
            out.println("stopped; " + bind + ":" + server.uri().getPort() + " is free");
            out.flush();
        }, "eventref-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        out.println("serving " + server.uri() + " (watching " + content.displayFolder()
                + templateFolder.map(folder -> " and " + Paths.display(folder)).orElse("") + "); Ctrl-C stops");
        if (!address.getAddress().isLoopbackAddress()) {
            out.println("warning: listening on " + bind + ": anyone who can reach this machine can read the site");
        }
        out.flush();
        if (open && !Browser.open(server.uri())) {
            err.println("eventref: no browser opener found; open " + server.uri() + " yourself");
        }
        server.awaitClose();
        return ExitCodes.OK;
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: not an address of this machine: " + bind);
        }
    }

    /** --templates, else the project's templates/ when there is one, else (empty) those of the jar. */
    private Optional<Path> templateFolder() {
        if (templates != null) {
            if (!Files.isDirectory(templates)) {
                throw new ParameterException(spec.commandLine(), "--templates: not a folder: " + templates);
            }
            return Optional.of(templates);
        }
        Path project = ContentOptions.home().resolve("templates");
        return Files.isDirectory(project) ? Optional.of(project) : Optional.empty();
    }
}
