package io.eventref.serve;

import static io.eventref.serve.LiveServer.buildOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventref.Fixtures;
import io.eventref.capture.ConformanceReader;
import io.eventref.cli.Main;
import io.eventref.output.SiteWriter;
import io.eventref.serve.LiveServer.Answer;
import io.eventref.serve.LiveServer.Event;
import io.eventref.serve.LiveServer.Events;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventref serve} over HTTP: saves served, problems shown and cleared, what a build publishes. */
class DevServerTest {

    private static final String PAGE = "events/mail_opened.html";
    private static final String DESCRIPTION = "A mail was opened or expunged.";

    @TempDir
    Path temp;

    private LiveServer live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void anEditToAContentFileIsServedOnceTheOpenPageIsToldToReload() throws Exception {
        live = LiveServer.ofFixture("basic", temp);
        Answer before = live.get("/" + PAGE);
        Events events = live.listen(PAGE, buildOf(before.body()));

        live.edit("storage.md", DESCRIPTION, "A mail was read, edited live.");
        Event reload = events.next("reload");
        Answer after = live.get("/" + PAGE);

        assertThat(before.body()).contains(DESCRIPTION);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("A mail was read, edited live.").doesNotContain(DESCRIPTION);
        assertThat(buildOf(after.body())).isGreaterThanOrEqualTo(reload.data().get("build").asLong())
                .isGreaterThan(buildOf(before.body()));
    }

    @Test
    void aPageOpenedFromAnOlderBuildThanTheServedOneIsToldToReloadAtOnce() throws Exception {
        live = LiveServer.ofFixture("basic", temp);
        long loaded = buildOf(live.get("/" + PAGE).body());
        Events events = live.listen(PAGE, loaded);
        live.edit("storage.md", DESCRIPTION, "A mail was read.");
        events.next("built");

        Event reload = live.listen(PAGE, loaded).next(event -> !event.type().equals("problems"));

        assertThat(reload.type()).isEqualTo("reload");
    }

    @Test
    void anEditToATemplateReloadsEveryOpenPageWithIt() throws Exception {
        Path templates = LiveServer.copyTemplates(temp);
        live = LiveServer.start(LiveServer.copy("basic", temp), Optional.of(templates));
        Answer before = live.get("/" + PAGE);
        Events events = live.listen(PAGE, buildOf(before.body()));

        LiveServer.edit(templates.resolve("layout.ftlh"), "<footer class=\"site-footer\">",
                "<footer class=\"site-footer\"><p>Edited template.</p>");
        long reloaded = events.next("reload").data().get("build").asLong();
        LiveServer.edit(templates.resolve("assets/eventref.css"), "}", "} /* edited stylesheet */");
        // The build of the stylesheet's edit, not the end of the layout's.
        events.next(event -> event.type().equals("built") && event.data().get("build").asLong() > reloaded);

        assertThat(before.body()).doesNotContain("Edited template.");
        assertThat(live.get("/" + PAGE).body()).contains("Edited template.");
        assertThat(live.get("/index.html").body()).contains("Edited template.");
        assertThat(live.get("/assets/eventref.css").body()).contains("/* edited stylesheet */");
    }

    @Test
    void aBrokenEditShowsItsProblemsOverTheLastGoodPagesAndAFixClearsThem() throws Exception {
        live = LiveServer.ofFixture("basic", temp);
        Answer good = live.get("/" + PAGE);
        Events events = live.listen(PAGE, buildOf(good.body()));
        assertThat(events.next("problems").data().get("problems")).isEmpty();

        live.edit("storage.md", "| `uid` | integer |", "| `uid` | int |");
        JsonNode shown = events.next(DevServerTest::tellsOfProblems).data();
        Answer during = live.get("/" + PAGE);
        live.edit("storage.md", "| `uid` | int |", "| `uid` | integer |");
        JsonNode cleared = events.next("problems").data();

        assertThat(shown.get("title").asText()).startsWith("1 error in the content");
        JsonNode problem = shown.get("problems").get(0);
        assertThat(problem.get("where").asText()).matches("content/storage\\.md:\\d+:\\d+");
        assertThat(problem.get("rule").asText()).isEqualTo("unknown-type");
        assertThat(problem.get("message").asText()).contains("'int'");
        assertThat(during.status()).isEqualTo(200);
        assertThat(during.body()).as("the last good page").isEqualTo(good.body());
        assertThat(live.printed()).contains(problem.get("where").asText() + ": error: ", "[unknown-type]",
                "the last good build is still served");
        assertThat(cleared.get("problems")).isEmpty();
        assertThat(cleared.get("title").asText()).isEmpty();
    }

    @Test
    void contentBrokenFromTheStartIsServedOnceFixed() throws Exception {
        Path content = LiveServer.copy("basic", temp);
        LiveServer.edit(content.resolve("storage.md"), "| `uid` | integer |", "| `uid` | int |");
        live = LiveServer.start(content, Optional.empty());
        Answer waiting = live.get("/" + PAGE);
        Events events = live.listen(PAGE, buildOf(waiting.body()));
        assertThat(events.next("problems").data().get("problems")).hasSize(1);

        live.edit("storage.md", "| `uid` | int |", "| `uid` | integer |");
        events.next("reload");
        Answer served = live.get("/" + PAGE);

        assertThat(waiting.status()).isEqualTo(503);
        assertThat(waiting.body()).contains("The content has errors");
        assertThat(live.printed()).contains("nothing to serve until the errors are fixed");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).contains(DESCRIPTION);
    }

    @Test
    void thePublishedBuildHasNoTraceOfTheLiveScriptThatServedPagesHave() throws IOException {
        Path content = LiveServer.copy("basic", temp);
        // The captures beside the content, which the build reads by default, and the server is given.
        Path conformance = temp.resolve("conformance");
        try (Stream<Path> files = Files.walk(Fixtures.fixture("basic").resolve("conformance"))) {
            for (Path file : files.toList()) {
                Path copy = conformance.resolve(Fixtures.fixture("basic").resolve("conformance").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        ConformanceReader.Result captures = new ConformanceReader().read(conformance, "conformance");
        assertThat(captures.conformance().isEmpty()).isFalse();
        live = LiveServer.start(content, captures);
        Path out = temp.resolve("site");
        StringWriter printed = new StringWriter();
        int status = Main.run(new PrintWriter(printed), new PrintWriter(printed), "build", "--content",
                content.toString(), "--out", out.toString(), "--no-cache");
        assertThat(status).as(printed.toString()).isZero();
        Map<String, String> published = texts(out.toRealPath());
        // The writer's mark on the folder it owns, not a file of the site.
        published.remove(SiteWriter.MARKER);

        assertThat(published).as("a site with the captures' page").containsKey("conformance.html")
                .allSatisfy((path, text) -> assertThat(text).as(path)
                        .doesNotContain(LiveScript.PREFIX, "EventSource", "live.js"));
        assertThat(texts(live.server().files())).as("the served site, before the script is added")
                .isEqualTo(published);
        assertThat(live.get("/index.html").body()).contains("<script src=\"" + LiveScript.SCRIPT + "\"");
        assertThat(live.get(LiveScript.SCRIPT).body()).contains("EventSource");
    }

    private static Map<String, String> texts(Path folder) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return texts;
    }

    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((path, content) -> texts.put(path, new String(content, StandardCharsets.ISO_8859_1)));
        return texts;
    }

    private static boolean tellsOfProblems(Event event) {
        return event.type().equals("problems") && !event.data().get("problems").isEmpty();
    }
}
