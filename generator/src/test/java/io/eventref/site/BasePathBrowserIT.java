package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The site published under a deep base path of a web server works as it does from disk. */
@Execution(ExecutionMode.SAME_THREAD)
class BasePathBrowserIT {

    private static final String BASE = "/docs/dovecot/events/";

    @TempDir
    static Path temp;

    private static HttpServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void serve() throws IOException {
        driver = Browser.start(temp.resolve("profile"));
        Path site = BuiltSite.write("basic", temp.resolve("site"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(BASE, exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(BASE.length())).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml"
                    : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void searchAndLinksWorkUnderTheBasePath() {
        driver.get("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
        driver.findElement(By.id("search")).sendKeys("opened");
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());

        driver.findElement(By.id("search")).sendKeys(org.openqa.selenium.Keys.ENTER);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(BASE + "events/mail_opened.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("mail_opened");
        String color = (String) driver.executeScript(
                "return getComputedStyle(document.querySelector('.badge-new')).backgroundColor;");
        assertThat(color).as("the stylesheet loaded").isNotEqualTo("rgba(0, 0, 0, 0)");
    }
}
