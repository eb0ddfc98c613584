package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.output.OutputFile;
import io.eventref.render.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The site of the small fixture reference, compared as a set of files with
 * {@code fixtures/basic/site/} (the copied assets, the model export and the schemas, which have
 * golden tests of their own, aside);
 * {@code -Dgolden.update=true} rewrites it.
 */
class GoldenSiteTest {

    @Test
    void theFixtureSiteIsTheGoldenOne() throws IOException {
        Path golden = Fixtures.fixture("basic").resolve("site");
        Map<String, String> actual = new TreeMap<>();
        for (OutputFile file : BuiltSite.of("basic")) {
            if (!file.path().startsWith("assets/eventref.") && !file.path().equals("assets/compare.js")
                    && !file.path().equals("favicon.svg") && !file.path().equals("model.json")
                    && !file.path().startsWith("schemas/") && !file.path().startsWith("downloads/")) {
                actual.put(file.path(), new String(file.content(), StandardCharsets.UTF_8));
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            rewrite(golden, actual);
        }
        assertThat(read(golden).keySet()).containsExactlyElementsOf(actual.keySet());
        actual.forEach((path, text) -> Fixtures.assertGolden(golden.resolve(path), text));
    }

    private static void rewrite(Path golden, Map<String, String> files) throws IOException {
        if (Files.exists(golden)) {
            try (Stream<Path> walk = Files.walk(golden)) {
                for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = golden.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> read(Path golden) throws IOException {
        try (Stream<Path> walk = Files.walk(golden)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            return files.stream().collect(Collectors.toMap(path -> golden.relativize(path).toString().replace('\\', '/'),
                    path -> "", (a, b) -> a, TreeMap::new));
        }
    }
}
