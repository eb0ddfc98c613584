package io.eventref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of STYLE.md, held by reading the imports: each third-party library is used by the
 * one package whose job it is, and the model imports nothing but {@code java.*}.
 */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package io\\.eventref\\.(\\w+);");

    /** Library package prefix → the only packages of ours allowed to import it. */
    private static final Map<String, Set<String>> OWNERS = Map.of(
            "com.vladsch.flexmark", Set.of("content"),
            "freemarker", Set.of("site"),
            "org.jsoup", Set.of("site"),
            "com.networknt", Set.of("validate"),
            "picocli", Set.of("cli"),
            // Jackson is the JSON and YAML tree of every stage that reads or writes those formats
            // (history: the JSON output of `eventref history`; upgrade: that of `eventref upgrade-check`).
            "com.fasterxml.jackson", Set.of("content", "validate", "export", "schema", "cli", "check", "diff", "site",
                    "history", "upgrade"));

    @Test
    void eachLibraryIsImportedOnlyWhereItBelongs() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            String ourPackage = packageOf(text);
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                String imported = imports.group(1);
                if (ourPackage.equals("model") && !imported.startsWith("java.") && !imported.startsWith("io.eventref.model")) {
                    violations.add(source.getFileName() + " (model) imports " + imported);
                }
                OWNERS.forEach((library, owners) -> {
                    if (imported.startsWith(library + ".") && !owners.contains(ourPackage)) {
                        violations.add(source.getFileName() + " (" + ourPackage + ") imports " + imported);
                    }
                });
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItIsForInAPackageInfo() throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(main())) {
            folders = walk.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList();
        }
        assertThat(folders).isNotEmpty().allSatisfy(folder -> assertThat(folder.resolve("package-info.java")).exists());
    }

    @Test
    void onlyMainCallsSystemExit() throws IOException {
        for (Path source : sources()) {
            if (!source.getFileName().toString().equals("Main.java")) {
                assertThat(Files.readString(source)).as(source.toString()).doesNotContain("System.exit(");
            }
        }
    }

    private static boolean holdsJava(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path main() {
        return Fixtures.projectRoot().resolve("generator/src/main/java/io/eventref");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(main())) {
            return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(String text) {
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
