package io.eventref.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.Fuzz;
import io.eventref.build.ReferenceLoader;
import io.eventref.diagnostic.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the Markdown reader (and validation and resolution behind it): the real content's files
 * and the fixtures' (the seed corpus), broken line by line with the grammar's own pieces (headings,
 * directives, markers, table rows, front matter, HTML) and with random text and bytes. Only the
 * promises are asserted: no exception escapes, every problem is a diagnostic positioned inside the
 * file it names, with a rule id, and content without errors resolves. A short budget here;
 * bench/fuzz.sh runs a long one ({@link Fuzz}).
 */
class MarkdownFuzzTest {

    private static final List<String> PIECES = List.of("---", "kind: section", "kind: categories", "id: fuzz",
            "order: 2147483648", "order: -1", "order: 10", "id: x\nid: y", "# Title", "## Event: fuzz_event",
            "## Group: Mail", "### Event: mail_opened", "## Event: ", "## Group:", "Inherits from: Mail",
            "Inherits from: fuzz_event", "Inherits from Mail", "Categories: mail, nowhere", "Aliases: old_name",
            "Process: imap", "New in version 2.3.7.", "New in version 2.3.99999999999999999999.",
            "Removed in version 2.3.0: gone.", "Deprecated in version 9.9: note", "Changed in version 2.3.18:",
            "| Field | Type | Values | Description |", "|---|---|---|---|", "| `x` | integer | | X. |",
            "| `y` | strange | `a`, `b` | Y. |", "| `z` |", "| Category | Parent | Description |", "```", "```json",
            "<style>p {", "<script>alert(1)</script>", "<textarea>", "<!--", "\t\t", "    indented code", "> quote",
            "- item", "[link](javascript:alert(1))", "[page](#nowhere)", "\u0000", "\uFEFF", "\r", "é\u202e");

    private static List<Path> seeds;
    private static ReferenceLoader loader;

    @TempDir
    Path temp;

    @BeforeAll
    static void corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> real = Files.list(Fixtures.content())) {
            real.filter(MarkdownFuzzTest::isContent).forEach(files::add);
        }
        try (Stream<Path> fixtures = Files.walk(Fixtures.projectRoot().resolve("generator/src/test/resources/fixtures"))) {
            fixtures.filter(path -> path.getParent().getFileName().toString().equals("content"))
                    .filter(MarkdownFuzzTest::isContent).forEach(files::add);
        }
        files.sort(null);
        seeds = List.copyOf(files);
        loader = new ReferenceLoader();
    }

    private static boolean isContent(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.endsWith(".md") && !name.equals("README.md");
    }

    @Test
    void brokenContentGivesPositionedDiagnosticsNeverAnException() {
        Fuzz.check("positioned diagnostics for broken content", 200, random -> {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            Path folder = Files.createDirectories(temp.resolve("try"));
            clear(folder);
            Map<String, Integer> lines = new HashMap<>();
            for (String name : List.of("releases.yaml", "categories.md", "global-fields.md")) {
                Path file = seed.resolveSibling(name);
                if (Files.isRegularFile(file) && !file.equals(seed)) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (name.equals("releases.yaml") && random.nextInt(8) == 0) {
                        bytes = mutate(bytes, random);
                    }
                    Files.write(folder.resolve(name), bytes);
                    lines.put("content/" + name, countLines(bytes));
                }
            }
            byte[] fuzzed = mutate(Files.readAllBytes(seed), random);
            Files.write(folder.resolve(seed.getFileName()), fuzzed);
            lines.put("content/" + seed.getFileName(), countLines(fuzzed));

            ReferenceLoader.Loaded loaded = loader.load(folder, "content");

            for (Diagnostic diagnostic : loaded.diagnostics().sorted()) {
                assertThat(lines).as("%s names a file of the folder", diagnostic).containsKey(diagnostic.source().file());
                assertThat(diagnostic.source().line()).as("%s", diagnostic)
                        .isBetween(1, lines.get(diagnostic.source().file()) + 1);
                assertThat(diagnostic.source().column()).as("%s", diagnostic).isGreaterThanOrEqualTo(1);
                assertThat(diagnostic.rule()).as("%s", diagnostic).matches("[a-z0-9]+(-[a-z0-9]+)*");
                assertThat(diagnostic.message()).as("%s", diagnostic).isNotBlank()
                        .doesNotContain("Exception").doesNotContain("For input string").doesNotContain("Cannot invoke");
            }
            assertThat(loaded.reference().isPresent()).as("%s", loaded.diagnostics().sorted())
                    .isEqualTo(!loaded.diagnostics().hasErrors());
        });
    }

    private static void clear(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code bytes} as an editor counts them (a last line without its newline counts). */
    private static int countLines(byte[] bytes) {
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The file with one to six changes: lines dropped, repeated, swapped, replaced or added; bytes broken. */
    private static byte[] mutate(byte[] file, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(new String(file, StandardCharsets.UTF_8).split("\n", -1)));
        int changes = 1 + random.nextInt(6);
        boolean brokenBytes = false;
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(lines.size() + 1);
            int line = Math.min(at, lines.size() - 1);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(line);
                case 1 -> lines.add(at, lines.get(line));
                case 2 -> lines.set(line, lines.get(random.nextInt(lines.size())));
                case 3, 4 -> lines.add(at, PIECES.get(random.nextInt(PIECES.size())));
                case 5 -> lines.set(line, lines.get(line) + Fuzz.text(random, 20));
                case 6 -> lines.subList(line, lines.size()).clear();
                default -> brokenBytes = true;
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (!brokenBytes) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(text.length + 1);
        out.write(text, 0, at);
        out.writeBytes(Fuzz.bytes(random, 6));
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }
}
