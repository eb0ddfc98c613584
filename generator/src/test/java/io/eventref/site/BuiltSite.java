package io.eventref.site;

import io.eventref.Fixtures;
import io.eventref.build.OutputRenderer;
import io.eventref.build.ReferenceLoader;
import io.eventref.output.OutputFile;
import io.eventref.output.SiteWriter;
import io.eventref.render.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Builds the site of a content folder, as the build command does, for tests. */
public final class BuiltSite {

    private BuiltSite() {
    }

    public static List<OutputFile> render(Path content, BuildOptions options) {
        var loaded = new ReferenceLoader().load(content, "content");
        return new OutputRenderer().render(loaded.reference().orElseThrow(
                () -> new AssertionError("content has errors: " + loaded.diagnostics().sorted())), options);
    }

    /** The real content's site written into {@code folder}. */
    public static Path write(Path folder) {
        return write(Fixtures.content(), folder);
    }

    /** The site of {@code content} written into {@code folder}; returns the build folder it links to. */
    public static Path write(Path content, Path folder) {
        try {
            return new SiteWriter().write(folder, render(content, BuildOptions.defaults())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
