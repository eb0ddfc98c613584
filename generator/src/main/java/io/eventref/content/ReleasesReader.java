package io.eventref.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code releases.yaml}: the YAML tree (for the schema check) and each entry with its line. */
final class ReleasesReader {

    static final String RULE = "releases";
    private static final YAMLFactory YAML = new YAMLFactory();

    record Releases(JsonNode document, List<ReleaseDraft> entries) {
    }

    private ReleasesReader() {
    }

    static Releases read(Path file, String path, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourceRef.startOf(path), RULE, "missing: the content folder needs a " + file.getFileName()
                    + " that lists the releases");
            return new Releases(null, List.of());
        }
        Optional<String> text = Utf8.read(file, path, diagnostics);
        if (text.isEmpty()) {
            return new Releases(null, List.of());
        }
        Optional<JsonNode> document = FrontMatter.parseYaml(path, text.get(), 0, RULE, diagnostics);
        if (document.isEmpty()) {
            return new Releases(null, List.of());
        }
        JsonNode list = document.get().path("releases");
        if (!list.isArray()) {
            return new Releases(document.get(), List.of());
        }
        List<Integer> lines = entryLines(text.get(), list.size());
        List<ReleaseDraft> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            entries.add(new ReleaseDraft(
                    entry.path("version").asText(""),
                    entry.path("released").asBoolean(true),
                    entry.hasNonNull("date") ? entry.get("date").asText() : null,
                    entry.hasNonNull("note") ? entry.get("note").asText() : null,
                    texts(entry.path("editions")),
                    new SourceRef(path, lines.get(i), 1)));
        }
        return new Releases(document.get(), entries);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The line of each entry of the top-level {@code releases} list (1 where it cannot be told). */
    private static List<Integer> entryLines(String text, int count) {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            int depth = 0;
            boolean inReleases = false;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (depth == 1 && token == JsonToken.FIELD_NAME) {
                    inReleases = "releases".equals(parser.currentName());
                } else if (inReleases && depth == 2 && token.isStructStart()) {
                    lines.add(parser.currentTokenLocation().getLineNr());
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException e) {
            lines.clear();
        }
        while (lines.size() < count) {
            lines.add(1);
        }
        return lines;
    }
}
