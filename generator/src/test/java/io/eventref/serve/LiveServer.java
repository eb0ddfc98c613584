package io.eventref.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import io.eventref.capture.Conformance;
import io.eventref.capture.ConformanceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@link DevServer} on 127.0.0.1 (any free port) serving a copy of a fixture's content, and the
 * HTTP requests tests make of it. Waits are bounded ({@link #WAIT}) and end on the server's own
 * events, never on sleeps. {@link #close} stops the server; tests call it in {@code @AfterEach}.
 */
final class LiveServer implements AutoCloseable {

    /** The longest a test waits for a build (a slow, shared machine builds a fixture in a second). */
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern BUILD = Pattern.compile("data-build=\"(\\d+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConformanceReader.Result NO_CAPTURES = new ConformanceReader.Result(Conformance.NONE, List.of());

    /** An HTTP answer: status, the headers that tests look at, and the body. */
    record Answer(int status, String type, String cacheControl, String body) {
    }

    /** A server-sent event: its type and its data. */
    record Event(String type, JsonNode data) {
    }

    private final Path content;
    private final StringWriter printed = new StringWriter();
    private final DevServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

    private LiveServer(Path content, Optional<Path> templates, ConformanceReader.Result captures) throws IOException {
        this.content = content;
        server = DevServer.start(new DevServer.Settings(content, "content", templates, captures,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false), new PrintWriter(printed, true));
    }

    /** Serves a copy, in {@code temp}, of the content of the fixture {@code fixture}. */
    static LiveServer ofFixture(String fixture, Path temp) throws IOException {
        return start(copy(fixture, temp), Optional.empty());
    }

    /** Serves {@code content} with the templates of {@code templates} (empty: those of the jar). */
    static LiveServer start(Path content, Optional<Path> templates) throws IOException {
        return new LiveServer(content, templates, NO_CAPTURES);
    }

    /** Serves {@code content} with the templates of the jar and the conformance captures {@code captures}. */
    static LiveServer start(Path content, ConformanceReader.Result captures) throws IOException {
        return new LiveServer(content, Optional.empty(), captures);
    }

    /** A copy of the content folder of the fixture {@code fixture}: {@code temp/content}. */
    static Path copy(String fixture, Path temp) throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        try (Stream<Path> files = Files.list(Fixtures.content(fixture))) {
            for (Path file : files.toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        return content;
    }

    DevServer server() {
        return server;
    }

    URI uri() {
        return server.uri();
    }

    /** What the server printed. */
    String printed() {
        return printed.toString();
    }

    /** Replaces {@code from} by {@code to} in the content file {@code name}, which must hold it. */
    void edit(String name, String from, String to) throws IOException {
        edit(content.resolve(name), from, to);
    }

    /**
     * Replaces {@code from} by {@code to} in {@code file}, which must hold it, as editors that save
     * atomically do (a hidden file, then renamed over it): a build never sees half of the edit, however
     * slowly the test runs.
     */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("the text to edit in %s", file).contains(from);
        Path saving = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(saving, text.replace(from, to));
        Files.move(saving, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** GET {@code path} (such as {@code /events/a.html}), as a browser on this machine asks for it. */
    Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(uri().resolve(path)).timeout(WAIT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Cache-Control").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The status line of a request written byte for byte ({@code rawTarget} reaches the server as
     * given, not normalized by a client), with {@code host} as its Host header.
     */
    String rawStatus(String rawTarget, String host) throws IOException {
        return rawStatus("GET", rawTarget, host);
    }

    /** The same with the method {@code method}. */
    String rawStatus(String method, String rawTarget, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), uri().getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + rawTarget + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    /** A copy of the project's {@code templates/} folder: {@code temp/templates}. */
    static Path copyTemplates(Path temp) throws IOException {
        Path from = Fixtures.projectRoot().resolve("templates");
        Path templates = temp.resolve("templates");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = templates.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return templates;
    }

    /** The number of the build a served page comes from (written in its live script tag). */
    static long buildOf(String page) {
        Matcher matcher = BUILD.matcher(page);
        assertThat(matcher.find()).as("a live script tag in the page").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Listens to the server's events as the page {@code page}, served from build {@code build}, does. */
    Events listen(String page, long build) {
        URI events = uri().resolve(LiveScript.EVENTS + "?page=" + URLEncoder.encode(page, StandardCharsets.UTF_8)
                + "&build=" + build);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(HttpRequest.newBuilder(events).GET().build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (UncheckedIOException e) {
                // The server stopped.
            }
        }, "test-events");
        reader.setDaemon(true);
        reader.start();
        return new Events(lines);
    }

    /** The events sent to one open page, read with bounded waits. */
    static final class Events {

        private final BlockingQueue<String> lines;

        private Events(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        /** The next event that matches {@code wanted}; fails when none came within {@link #WAIT}. */
        Event next(Predicate<Event> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            String type = null;
            JsonNode data = null;
            while (true) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(line).as("an event within %s", WAIT).isNotNull();
                if (line.startsWith("event: ")) {
                    type = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data = parse(line.substring("data: ".length()));
                } else if (line.isEmpty() && type != null) {
                    Event event = new Event(type, data);
                    if (wanted.test(event)) {
                        return event;
                    }
                    type = null;
                    data = null;
                }
            }
        }

        /** The next event of type {@code type}. */
        Event next(String type) throws InterruptedException {
            return next(event -> event.type().equals(type));
        }

        private static JsonNode parse(String json) {
            try {
                return JSON.readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
