package io.eventref.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits YAML front matter (between two {@code ---} lines at the top of a file) from the body.
 * The body keeps its line numbers: the front matter is replaced by as many empty lines.
 */
final class FrontMatter {

    static final String RULE = "front-matter";
    /** A key given twice in one mapping is an error, not "the last one wins". */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");

    /** The parsed front matter (null when missing or malformed) and the body with its line numbers kept. */
    record Split(JsonNode metadata, String body) {
    }

    private FrontMatter() {
    }

    static Split split(String path, String text, Diagnostics diagnostics) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error(SourceRef.startOf(path), RULE,
                    "missing front matter: a content file starts with a '---' line, YAML, and another '---' line");
            return new Split(null, text);
        }
        int end = text.indexOf("\n---\n", 3);
        int bodyStart = end + 5;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            bodyStart = text.length();
        }
        if (end < 0) {
            diagnostics.error(SourceRef.startOf(path), RULE, "front matter is not closed by a '---' line");
            return new Split(null, "");
        }
        String yaml = text.substring(4, end + 1);
        String blank = "\n".repeat((int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count());
        String body = blank + text.substring(bodyStart);
        return new Split(parseYaml(path, yaml, 1, RULE, diagnostics).orElse(null), body);
    }

    /** Parses {@code yaml} that starts on line {@code firstLine + 1} of {@code path}; problems get {@code rule}. */
    static Optional<JsonNode> parseYaml(String path, String yaml, int firstLine, String rule,
            Diagnostics diagnostics) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || node.isMissingNode()) {
                diagnostics.error(new SourceRef(path, firstLine + 1, 1), rule, "the YAML document is empty");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            int line = location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
            int column = location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
            String message = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            Matcher duplicate = DUPLICATE.matcher(message);
            diagnostics.error(new SourceRef(path, firstLine + line, column), rule, duplicate.find()
                    ? "the key '" + duplicate.group(1) + "' is given twice; give each key once"
                    : "malformed YAML: " + message);
            return Optional.empty();
        }
    }
}
