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
 * The design, held by reading the sources: each third-party library is used by the one package whose
 * job it is (Jackson by every stage that reads or writes JSON or YAML); the model imports nothing but
 * {@code java.*}; the stages flow one way ({@link #STAGES}: content is read, validated and resolved
 * into the model, which the renderers turn into files that output writes; no renderer reaches back
 * into reading, and none but the site shows another's output); no two classes share a name.
 */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package io\\.eventref\\.(\\w+);");
    private static final Pattern OURS = Pattern.compile("\\bio\\.eventref\\.(\\w+)\\.");

    /**
     * Package of ours → the only packages of ours it may use. Reading: content (drafts), validate,
     * resolve (the model). Renderers: export (model.json), schema, diff (reports of pairs of
     * releases, their own output stage), history (timelines, made of the diff's reports), site (pages,
     * which show the diff's reports and the history, and link the schemas). json prints what they
     * make, output writes it; render is what renderers are given besides the model (options, the
     * build cache, timings); build puts the stages together and cli runs them; serve runs them again
     * and again in memory for its server. capture reads the conformance captures (what real servers
     * exported) for the site and check-events' coverage.
     * validate uses resolve:
     * resolving starts with the lifecycles (LifecycleTable), which validation checks and the rest of
     * resolving builds on, each computed once. Beside the pipeline, upgrade-check: filter (Dovecot's
     * event filter language) and config (Dovecot configurations) read the operator's input, upgrade
     * resolves it against the model and the diff's report.
     */
    static final Map<String, Set<String>> STAGES = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("json", Set.of()),
            Map.entry("output", Set.of()),
            Map.entry("render", Set.of()),
            Map.entry("diagnostic", Set.of("model")),
            Map.entry("content", Set.of("diagnostic", "model")),
            Map.entry("resolve", Set.of("content", "model")),
            Map.entry("validate", Set.of("content", "diagnostic", "model", "resolve")),
            Map.entry("export", Set.of("model", "json")),
            Map.entry("schema", Set.of("model", "json", "output", "render")),
            Map.entry("diff", Set.of("model", "json", "output")),
            Map.entry("history", Set.of("diff", "model")),
            Map.entry("site", Set.of("capture", "diagnostic", "diff", "history", "json", "model", "output", "render",
                    "schema")),
            Map.entry("capture", Set.of("diagnostic", "json", "model")),
            Map.entry("check", Set.of("diagnostic", "model", "json")),
            Map.entry("synthetic", Set.of("output")),
            Map.entry("filter", Set.of()),
            Map.entry("config", Set.of("diagnostic", "model")),
            Map.entry("upgrade", Set.of("config", "diagnostic", "diff", "filter", "json", "model")),
            Map.entry("build", Set.of("capture", "content", "diagnostic", "diff", "export", "json", "model", "output",
                    "render", "resolve", "schema", "site", "validate")),
            Map.entry("serve", Set.of("build", "capture", "content", "diagnostic", "json", "model", "output", "render",
                    "site")),
            Map.entry("cli", Set.of("build", "capture", "check", "config", "diagnostic", "diff", "export", "history",
                    "json", "model", "output", "render", "serve", "site", "synthetic", "upgrade")));

    /** Library package prefix → the only packages of ours allowed to import it. */
    private static final Map<String, Set<String>> OWNERS = Map.of(
            "com.vladsch.flexmark", Set.of("content"),
            "freemarker", Set.of("site"),
            "org.jsoup", Set.of("site"),
            "com.networknt", Set.of("validate"),
            "picocli", Set.of("cli"),
            // Jackson is the JSON and YAML tree of every stage that reads or writes those formats
            // (history: the JSON output of `eventref history`; upgrade: that of `eventref upgrade-check`);
            // json prints them.
            "com.fasterxml.jackson", Set.of("json", "content", "validate", "export", "schema", "cli", "check", "diff",
                    "site", "history", "upgrade", "capture", "serve"));

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
    void theStagesFlowOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> packages = new java.util.TreeSet<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            String ourPackage = packageOf(text);
            packages.add(ourPackage);
            Matcher uses = OURS.matcher(text.replaceFirst("(?m)^package .*$", ""));
            while (uses.find()) {
                String used = uses.group(1);
                if (!used.equals(ourPackage) && !STAGES.getOrDefault(ourPackage, Set.of()).contains(used)) {
                    violations.add(source.getFileName() + " (" + ourPackage + ") uses " + used);
                }
            }
        }
        assertThat(STAGES.keySet()).as("every package has its place in the stages").containsAll(packages);
        assertThat(violations).isEmpty();
    }

    @Test
    void theWriterAndTheBuildPlumbingDependOnNoStage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            String ourPackage = packageOf(text);
            if (!ourPackage.equals("output") && !ourPackage.equals("render")) {
                continue;
            }
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                String imported = imports.group(1);
                if (!imported.startsWith("java.") && !imported.startsWith("io.eventref." + ourPackage + ".")) {
                    violations.add(source.getFileName() + " (" + ourPackage + ") imports " + imported);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noTwoClassesShareAName() throws IOException {
        Map<String, List<String>> byName = new java.util.TreeMap<>();
        for (Path source : sources()) {
            String name = source.getFileName().toString();
            if (!name.equals("package-info.java")) {
                byName.computeIfAbsent(name, key -> new ArrayList<>()).add(packageOf(Files.readString(source)));
            }
        }
        assertThat(byName.entrySet()).filteredOn(entry -> entry.getValue().size() > 1).isEmpty();
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
