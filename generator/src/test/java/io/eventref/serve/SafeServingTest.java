package io.eventref.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.serve.LiveServer.Answer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code eventref serve} answers besides the site: requests that try to leave it, hosts that
 * are not this machine's, content types and caching, and the port freed when it stops.
 */
class SafeServingTest {

    @TempDir
    Path temp;

    private LiveServer live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../content/storage.md", "/events/../../content/storage.md", "/events/../index.html",
        "/%2e%2e/content/storage.md", "/%2E%2E/%2e%2E/etc/passwd", "/events/%2e%2e%2f%2e%2e%2fcontent%2fstorage.md",
        "/events%2f..%2f..%2fcontent%2fstorage.md", "/..%5c..%5cetc%5cpasswd", "/.%2e/content/storage.md",
        "/events/..%c0%af..%c0%afetc/passwd", "/events/%00.html", "/events/%zz.html", "/./index.html"})
    void aRequestForAPathOutsideTheSiteIsRefused(String target) throws IOException {
        live = LiveServer.ofFixture("basic", temp);

        assertThat(live.rawStatus(target, "127.0.0.1")).isEqualTo("HTTP/1.1 400 Bad Request");
    }

    @Test
    void onlyTheFilesOfTheBuildAreServedNotThoseBesideIt() throws IOException {
        live = LiveServer.ofFixture("basic", temp);

        assertThat(live.rawStatus("/index.html", "127.0.0.1")).isEqualTo("HTTP/1.1 200 OK");
        for (String target : new String[] {"/storage.md", "/releases.yaml", "/content/storage.md", "/%252e%252e/x"}) {
            assertThat(live.rawStatus(target, "127.0.0.1")).as(target).isEqualTo("HTTP/1.1 404 Not Found");
        }
    }

    @Test
    void aTemplateLinkedFromOutsideItsFolderIsNotRead() throws IOException {
        Path templates = LiveServer.copyTemplates(temp);
        Path secret = Files.writeString(temp.resolve("secret.css"), "secret");
        Files.delete(templates.resolve("assets/eventref.css"));
        Files.createSymbolicLink(templates.resolve("assets/eventref.css"), secret);

        live = LiveServer.start(LiveServer.copy("basic", temp), Optional.of(templates));

        assertThat(live.get("/assets/eventref.css").body()).doesNotContain("secret");
        assertThat(live.server().hasErrors()).isTrue();
        assertThat(live.printed()).contains("templates/assets/eventref.css is a link out of the templates folder");
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedOnLoopback() throws IOException {
        live = LiveServer.ofFixture("basic", temp);
        int port = live.uri().getPort();

        assertThat(live.rawStatus("/index.html", "evil.example:" + port)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(live.rawStatus("/index.html", "127.0.0.1.evil.example")).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(live.rawStatus("/index.html", "localhost:" + port)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(live.rawStatus("/index.html", "[::1]:" + port)).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void onlyReadingIsAnswered() throws IOException {
        live = LiveServer.ofFixture("basic", temp);

        assertThat(live.rawStatus("HEAD", "/index.html", "127.0.0.1")).isEqualTo("HTTP/1.1 200 OK");
        assertThat(live.rawStatus("POST", "/index.html", "127.0.0.1")).isEqualTo("HTTP/1.1 405 Method Not Allowed");
        assertThat(live.rawStatus("PUT", "/events/x.html", "127.0.0.1")).isEqualTo("HTTP/1.1 405 Method Not Allowed");
        assertThat(live.rawStatus("HEAD", LiveScript.EVENTS + "?page=index.html&build=1", "127.0.0.1"))
                .isEqualTo("HTTP/1.1 405 Method Not Allowed");
    }

    @Test
    void everyAnswerHasItsTypeAndIsNotStored() throws IOException {
        live = LiveServer.ofFixture("basic", temp);

        assertThat(live.get("/")).isEqualTo(answer(live.get("/index.html"), 200, "text/html; charset=utf-8"));
        assertThat(live.get("/assets/eventref.css")).extracting(Answer::status, Answer::type, Answer::cacheControl)
                .containsExactly(200, "text/css; charset=utf-8", "no-store");
        assertThat(live.get("/sitemap.xml")).extracting(Answer::status, Answer::type, Answer::cacheControl)
                .containsExactly(200, "application/xml", "no-store");
        assertThat(live.get("/model.json")).extracting(Answer::status, Answer::type, Answer::cacheControl)
                .containsExactly(200, "application/json", "no-store");
        assertThat(live.get(LiveScript.SCRIPT)).extracting(Answer::status, Answer::type, Answer::cacheControl)
                .containsExactly(200, "text/javascript; charset=utf-8", "no-store");
        Answer missing = live.get("/events/no_such_event.html");
        assertThat(missing).extracting(Answer::status, Answer::type, Answer::cacheControl)
                .containsExactly(404, "text/html; charset=utf-8", "no-store");
        assertThat(missing.body()).contains("data-page=\"events/no_such_event.html\"");
    }

    @Test
    void stoppingFreesThePort() throws IOException {
        live = LiveServer.ofFixture("basic", temp);
        int port = live.uri().getPort();

        live.close();

        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(live.uri().getHost()).isEqualTo("127.0.0.1");
    }

    private static Answer answer(Answer served, int status, String type) {
        assertThat(served.status()).isEqualTo(status);
        assertThat(served.type()).isEqualTo(type);
        assertThat(served.cacheControl()).isEqualTo("no-store");
        return served;
    }
}
