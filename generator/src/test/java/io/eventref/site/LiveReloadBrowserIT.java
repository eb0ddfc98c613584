package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.capture.Conformance;
import io.eventref.capture.ConformanceReader;
import io.eventref.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page of {@code eventref serve} in headless chromium while its content is edited: it reloads
 * itself where the reader was (scroll position, {@code ?release=}), shows the content's errors
 * over itself and drops them once fixed. The server binds 127.0.0.1 and is stopped after each test.
 */
@Execution(ExecutionMode.SAME_THREAD)
class LiveReloadBrowserIT {

    private static final String DESCRIPTION = "A mail was opened or expunged.";
    private static final String OVERLAY = "eventref-serve-problems";

    @TempDir
    Path temp;

    private Path content;
    private DevServer server;
    private ChromeDriver driver;

    @BeforeEach
    void start() throws IOException {
        driver = Browser.start(temp.resolve("profile"));
        content = Files.createDirectories(temp.resolve("content"));
        try (Stream<Path> files = Files.list(Fixtures.content("basic"))) {
            for (Path file : files.toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        // A description long enough for the page to scroll.
        edit(DESCRIPTION, DESCRIPTION + "\n\n" + "A paragraph to scroll past.\n\n".repeat(80));
        server = DevServer.start(new DevServer.Settings(content, "content", Optional.empty(),
                new ConformanceReader.Result(Conformance.NONE, List.of()),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false), new PrintWriter(new StringWriter()));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSavedEditReloadsTheOpenPageWhereTheReaderWas() throws IOException {
        open("events/mail_opened.html?release=2.3.9");
        script("window.scrollTo(0, 600); window.beforeTheEdit = true;");
        assertThat(number("return window.scrollY;")).isEqualTo(600);

        edit(DESCRIPTION, "A mail was read, edited live.");

        waiting().until(d -> Boolean.TRUE.equals(script("return window.beforeTheEdit === undefined"
                + " && document.readyState === 'complete' && document.body.textContent.includes('edited live');")));
        waiting().until(d -> number("return window.scrollY;") == 600);
        assertThat(driver.getCurrentUrl()).endsWith("/events/mail_opened.html?release=2.3.9");
        assertThat(new Select(driver.findElement(By.id("release"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2.3.9");
    }

    @Test
    void aBrokenEditShowsItsErrorOverThePageUntilItIsFixed() throws IOException {
        open("events/mail_opened.html");

        edit("| `uid` | integer |", "| `uid` | int |");
        waiting().until(d -> !d.findElements(By.id(OVERLAY)).isEmpty());
        String shown = driver.findElement(By.id(OVERLAY)).getText();
        edit("| `uid` | int |", "| `uid` | integer |");
        waiting().until(d -> d.findElements(By.id(OVERLAY)).isEmpty());

        assertThat(shown).contains("1 error in the content").containsPattern("content/storage\\.md:\\d+:\\d+: error: ")
                .contains("'int'", "[unknown-type]");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("mail_opened");
    }

    /** Opens a page of the server and waits until its live script listens. */
    private void open(String page) {
        driver.get(server.uri().resolve(page).toString());
        waiting().until(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete'"
                + " && document.documentElement.getAttribute('data-live') === 'open';")));
    }

    private void edit(String from, String to) throws IOException {
        Path file = content.resolve("storage.md");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        // Saved as editors that save atomically do, so that no build sees half of the edit.
        Path saving = file.resolveSibling(".storage.md.tmp");
        Files.writeString(saving, text.replace(from, to));
        Files.move(saving, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    private long number(String code) {
        return ((Number) script(code)).longValue();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }
}
