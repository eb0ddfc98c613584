package io.eventref.build;

import io.eventref.export.ModelExporter;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.site.SiteRenderer;
import io.eventref.site.Templates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders everything a build publishes, as values, sorted by path; nothing here touches the disk. */
public final class OutputRenderer {

    /** The build's files: the model export, then the other outputs. */
    public List<OutputFile> render(Reference reference, BuildOptions options, Timings timings) {
        List<OutputFile> files = new ArrayList<>();
        files.add(timings.time("model", () ->
                OutputFile.text("model.json", ModelExporter.toJson(new ModelExporter().toTree(reference)))));
        Set<String> published = files.stream().map(OutputFile::path).collect(Collectors.toSet());
        files.addAll(timings.time("pages", () -> new SiteRenderer(new Templates()).render(reference, options, published)));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }
}
