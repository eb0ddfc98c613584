package io.eventref;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.build.ReferenceLoader;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.render.Timings;
import io.eventref.synthetic.SyntheticReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where the test fixtures and the project's own content are, how tests load them, and golden-file
 * comparison. Only the tests that hold the real reference (the {@code RealReference*Test} classes,
 * and {@code RealReferenceConformanceIT}) read the project's {@code content/}; every other test
 * reads fixtures.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The repository root (the parent of generator/). */
    public static Path projectRoot() {
        String root = System.getProperty("eventref.projectRoot");
        Path path = root != null ? Path.of(root) : Path.of("..");
        return path.toAbsolutePath().normalize();
    }

    /** The real content of the reference: for the {@code RealReference*Test} classes only. */
    public static Path content() {
        return projectRoot().resolve("content");
    }

    /** {@code src/test/resources/fixtures/<name>/content}. */
    public static Path content(String fixture) {
        return fixture(fixture).resolve("content");
    }

    /** The reference of a content folder, which must have no diagnostic at all. */
    public static Reference load(Path content) {
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(content, "content");
        assertThat(loaded.diagnostics().sorted()).as("diagnostics of %s", content).isEmpty();
        return loaded.reference().orElseThrow();
    }

    /**
     * A synthetic reference with the real one's shape ({@link SyntheticReference}), loaded once per
     * run for the same arguments: for tests that need more events or releases than a fixture has.
     */
    public static Reference synthetic(int events, int releases, long seed) {
        return SYNTHETIC.computeIfAbsent(events + "/" + releases + "/" + seed, key -> {
            try {
                Path folder = Files.createTempDirectory("eventref-synthetic");
                try {
                    for (OutputFile file : SyntheticReference.generate(events, releases, seed)) {
                        Path target = folder.resolve(file.path());
                        Files.createDirectories(target.getParent());
                        Files.write(target, file.content());
                    }
                    return load(folder);
                } finally {
                    try (Stream<Path> walk = Files.walk(folder)) {
                        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final Map<String, Reference> SYNTHETIC = new ConcurrentHashMap<>();

    /** {@code src/test/resources/fixtures/<name>}. */
    public static Path fixture(String name) {
        return projectRoot().resolve("generator/src/test/resources/fixtures").resolve(name);
    }

    /** {@code src/test/resources/reference/<name>}: copies of the ground truth. */
    public static Path reference(String name) {
        return projectRoot().resolve("generator/src/test/resources/reference").resolve(name);
    }

    /**
     * Every file below {@code folder}, by relative path, with its bytes as ISO-8859-1 (lossless
     * for the binary files, zips, too), sorted: two folders compare equal when their files do.
     * A built site is a link to its build folder: the walk starts from where it points.
     */
    public static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path real = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    public static List<Path> subfolders(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code actual} equals the golden file; with {@code -Dgolden.update=true} it
     * rewrites the golden file instead (review the diff in git).
     */
    public static void assertGolden(Path golden, String actual) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", golden).exists();
            assertThat(actual).as("output against golden file %s", golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
