package io.eventref.site;

import io.eventref.Fixtures;
import io.eventref.build.OutputRenderer;
import io.eventref.capture.Conformance;
import io.eventref.capture.ConformanceReader;
import io.eventref.output.OutputFile;
import io.eventref.output.SiteWriter;
import io.eventref.render.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the site of a content folder, as the build command does, for tests. */
public final class BuiltSite {

    /** The fixtures whose sites, together, have a page of every kind and every feature of one. */
    public static final List<String> FIXTURES = List.of("basic", "diff", "compare", "unsafe");

    private static final Map<String, List<OutputFile>> BUILT = new ConcurrentHashMap<>();

    private BuiltSite() {
    }

    /** The site of {@code content}, with the conformance folder beside it when there is one (as the build does). */
    public static List<OutputFile> render(Path content, BuildOptions options) {
        return new OutputRenderer().render(Fixtures.load(content), conformance(content), options);
    }

    /** What the conformance folder beside {@code content} holds ({@link Conformance#NONE} when nothing). */
    public static Conformance conformance(Path content) {
        try {
            return new ConformanceReader().read(ConformanceReader.besideContent(content), "conformance").conformance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The site of {@code fixtures/<fixture>/content} with the default options, built once per run
     * and shared by the tests that only read it (the files are not to be changed).
     */
    public static List<OutputFile> of(String fixture) {
        return BUILT.computeIfAbsent(fixture, name -> render(Fixtures.content(name), BuildOptions.defaults()));
    }

    /** The site of {@code fixtures/<fixture>/content} written into {@code folder}. */
    public static Path write(String fixture, Path folder) {
        return write(of(fixture), folder);
    }

    /** The site of {@code content} written into {@code folder}; returns the build folder it links to. */
    public static Path write(Path content, Path folder) {
        return write(render(content, BuildOptions.defaults()), folder);
    }

    private static Path write(List<OutputFile> files, Path folder) {
        try {
            return new SiteWriter().write(folder, files).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
