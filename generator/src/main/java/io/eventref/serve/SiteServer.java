package io.eventref.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of {@code eventref serve}, on the JDK's {@code com.sun.net.httpserver}: the files
 * of the site being served (from memory; see {@link RequestPath} for what a request may name), the
 * live script and its events. Every answer says {@code Cache-Control: no-store}; only GET and HEAD
 * are answered. On a loopback address, a request must name a loopback host, so that a web page
 * elsewhere cannot read the site through a name of its own that resolves to 127.0.0.1.
 */
final class SiteServer implements AutoCloseable {

    private static final long HEARTBEAT_MILLIS = 15_000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveSite site;
    private final boolean loopback;

    private SiteServer(HttpServer server, ExecutorService threads, LiveSite site, boolean loopback) {
        this.server = server;
        this.threads = threads;
        this.site = site;
        this.loopback = loopback;
    }

    /**
     * Serves {@code site} on {@code address} (port 0: any free port).
     *
     * @throws IOException when the address cannot be bound (the port is taken, say)
     */
    static SiteServer start(InetSocketAddress address, LiveSite site) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "eventref-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        SiteServer served = new SiteServer(server, threads, site, address.getAddress().isLoopbackAddress());
        server.createContext("/", served::handle);
        server.setExecutor(threads);
        server.start();
        return served;
    }

    /** The address the server listens on (its port, when it was asked for any). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "only GET and HEAD are served");
                return;
            }
            if (loopback && !loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 403, "this server answers requests for localhost only");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath != null && rawPath.equals(LiveScript.SCRIPT)) {
                send(exchange, 200, MediaTypes.of(LiveScript.SCRIPT), LiveScript.code());
            } else if (rawPath != null && rawPath.equals(LiveScript.EVENTS)) {
                if (method.equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET");
                    text(exchange, 405, "the events are a stream: GET them");
                    return;
                }
                events(exchange);
            } else {
                file(exchange, rawPath);
            }
        }
    }

    private void file(HttpExchange exchange, String rawPath) throws IOException {
        Optional<String> path = RequestPath.of(rawPath);
        if (path.isEmpty()) {
            text(exchange, 400, "not a path of the site");
            return;
        }
        Snapshot snapshot = site.snapshot();
        if (snapshot.build() == 0) {
            // Nothing built yet (the content has errors): a page that says so, and reloads once built.
            send(exchange, 503, MediaTypes.of("index.html"), LiveScript.inject(waiting(), path.get(), 0));
            return;
        }
        Optional<byte[]> content = snapshot.find(path.get());
        int status = 200;
        String type = MediaTypes.of(path.get());
        if (content.isEmpty()) {
            status = 404;
            content = snapshot.find("404.html");
            type = MediaTypes.of("404.html");
            if (content.isEmpty()) {
                text(exchange, 404, "no such file");
                return;
            }
        }
        byte[] body = content.get();
        if (type.startsWith("text/html")) {
            // The page names the path asked for: a page that does not exist yet reloads when it does.
            body = LiveScript.inject(body, path.get(), snapshot.build());
        }
        send(exchange, status, type, body);
    }

    /** Server-sent events for one open page ({@code ?page=PATH&build=N}), until it goes or the server stops. */
    private void events(HttpExchange exchange) throws IOException {
        Query query = Query.of(exchange.getRequestURI().getRawQuery());
        // The page is only a name to compare with the site's paths (a page not found names the path asked for).
        Optional<String> page = query.get("page").filter(value -> !value.isEmpty() && value.length() <= 2048);
        Optional<Long> build = query.get("build").flatMap(SiteServer::number);
        if (page.isEmpty() || build.isEmpty()) {
            text(exchange, 400, "expected ?page=PATH&build=N");
            return;
        }
        Optional<Client> opened = site.open(page.get(), build.get());
        if (opened.isEmpty()) {
            text(exchange, 503, "too many open pages");
            return;
        }
        Client client = opened.get();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String message = client.next(HEARTBEAT_MILLIS); message != null; message = client.next(HEARTBEAT_MILLIS)) {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // The page went away.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            site.close(client);
        }
    }

    private byte[] waiting() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>eventref serve</title>\n</head>\n<body>\n<h1>The site is not built yet</h1>\n");
        List<BuildProblem> problems = site.problems();
        page.append(problems.isEmpty() ? "<p>The first build is under way.</p>\n"
                : "<p>The content has errors; the site appears here once they are fixed.</p>\n");
        page.append("</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops listening, ends every open page's connection and the threads that served them. */
    @Override
    public void close() {
        site.closeAll();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
