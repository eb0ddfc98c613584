package io.eventref.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.Objects;

/**
 * Prints JSON trees, keys in the order they were put in. The <em>canonical form</em> of every JSON
 * file and command output is {@link #pretty}: two-space indentation, one member or element per
 * line, a member written {@code "key" : value}, LF line endings and a final newline; so a
 * top-level member of an object is the line {@code \n  "key" : value}, which {@link #replaceTopLevel}
 * relies on. Thread-safe.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private Json() {
    }

    /** The canonical form of {@code tree}. */
    public static String pretty(JsonNode tree) {
        return write(PRETTY, tree) + "\n";
    }

    /** {@code tree} on one line, without spaces or a final newline (for data that scripts load). */
    public static String compact(JsonNode tree) {
        return write(COMPACT, tree);
    }

    /** {@code tree} as a YAML document (no {@code ---} start marker, quotes only where needed). */
    public static String yaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * {@code pretty}, the canonical form of an object, with its top-level string member {@code key}
     * changed from {@code before} to {@code after}; null when it has no such member. Cheaper than
     * printing the changed tree again, and the same text.
     */
    public static String replaceTopLevel(String pretty, String key, String before, String after) {
        Objects.requireNonNull(pretty, "pretty");
        String member = "\n  " + TextNode.valueOf(key) + " : ";
        String old = member + TextNode.valueOf(before);
        int at = pretty.indexOf(old);
        if (at < 0 || !endsValue(pretty, at + old.length())) {
            return null;
        }
        return pretty.substring(0, at) + member + TextNode.valueOf(after) + pretty.substring(at + old.length());
    }

    /** Whether the value that ends before {@code at} is whole: the member ends there. */
    private static boolean endsValue(String text, int at) {
        return at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == '\n');
    }

    private static String write(ObjectWriter writer, JsonNode tree) {
        try {
            return writer.writeValueAsString(Objects.requireNonNull(tree, "tree"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
