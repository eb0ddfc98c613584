package io.eventref.serve;

import io.eventref.capture.ConformanceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code eventref serve} at work: the site built in memory and served over HTTP, the folders
 * watched, and each save built, previewed on the open pages and served. Starting it binds the
 * address and builds the site once; {@link #close} stops everything it started and frees the port.
 */
public final class DevServer implements AutoCloseable {

    /**
     * What to serve: the content folder (named {@code displayContent} in messages), the templates
     * folder (empty: those of the jar, not watched), the conformance captures (read once, as
     * {@code eventref build} reads them) and the address to listen on; {@code timings}: print how
     * long each phase of each build took.
     */
    public record Settings(Path content, String displayContent, Optional<Path> templates,
            ConformanceReader.Result captures, InetSocketAddress address, boolean timings) {
        public Settings {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(displayContent, "displayContent");
            Objects.requireNonNull(templates, "templates");
            Objects.requireNonNull(captures, "captures");
            Objects.requireNonNull(address, "address");
        }
    }

    private final LiveSite site = new LiveSite();
    private final Session session;
    private final SiteServer server;
    private final SourceWatcher watcher;
    private final Thread watching;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DevServer(Settings settings, PrintWriter out) throws IOException {
        server = SiteServer.start(settings.address(), site);
        try {
            watcher = SourceWatcher.watch(settings.content(), settings.templates());
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        session = new Session(new Rebuilder(settings.content(), settings.displayContent(), settings.templates(),
                settings.captures()), site, out, settings.timings());
        watching = new Thread(this::watch, "eventref-watch");
        watching.setDaemon(true);
    }

    /**
     * Listens on the settings' address, builds the site once and watches the folders; what happens
     * (builds, the content's problems) is printed to {@code out}.
     *
     * @throws IOException when the address cannot be bound or a folder cannot be watched
     */
    public static DevServer start(Settings settings, PrintWriter out) throws IOException {
        DevServer server = new DevServer(settings, out);
        try {
            server.session.build(new SourceWatcher.Changes(true, true), () -> false);
            server.watching.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The root of the served site, such as {@code http://127.0.0.1:8000/}. */
    public URI uri() {
        InetSocketAddress address = server.address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Whether the last build's content has errors (the last good build is served meanwhile). */
    public boolean hasErrors() {
        return site.problems().stream().anyMatch(problem -> problem.severity().equals("error"));
    }

    /** The number of the build being served: it grows with every build and preview that changed something. */
    public long build() {
        return site.snapshot().build();
    }

    /** The files of the served site, as a build would write them (no live script), by path. */
    public java.util.Map<String, byte[]> files() {
        return site.snapshot().contents();
    }

    /** Waits until {@link #close} has run. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void watch() {
        try {
            for (Optional<SourceWatcher.Changes> changes = watcher.next(); changes.isPresent(); changes = watcher.next()) {
                session.build(changes.get(), watcher::pending);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops watching and serving, and frees the port; the build under way, if any, is left to end. */
    @Override
    public void close() {
        watcher.close();
        server.close();
        watching.interrupt();
        closed.countDown();
    }
}
