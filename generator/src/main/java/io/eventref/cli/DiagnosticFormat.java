package io.eventref.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.json.Json;
import java.io.PrintWriter;

/** How diagnostics are printed: for people, for machines, or as GitHub Actions annotations. */
enum DiagnosticFormat {
    TEXT {
        @Override
        void print(Diagnostics diagnostics, PrintWriter out) {
            diagnostics.sorted().forEach(out::println);
            if (diagnostics.errorCount() + diagnostics.warningCount() > 0) {
                out.println(count(diagnostics.errorCount(), "error") + ", "
                        + count(diagnostics.warningCount(), "warning"));
            }
        }
    },
    JSON {
        @Override
        void print(Diagnostics diagnostics, PrintWriter out) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("errors", diagnostics.errorCount());
            root.put("warnings", diagnostics.warningCount());
            ArrayNode list = root.putArray("diagnostics");
            for (Diagnostic diagnostic : diagnostics.sorted()) {
                ObjectNode node = list.addObject();
                node.put("file", diagnostic.source().file());
                node.put("line", diagnostic.source().line());
                node.put("column", diagnostic.source().column());
                node.put("severity", diagnostic.severity().label());
                node.put("rule", diagnostic.rule());
                node.put("message", diagnostic.message());
            }
            out.print(Json.pretty(root));
        }
    },
    GITHUB {
        @Override
        void print(Diagnostics diagnostics, PrintWriter out) {
            for (Diagnostic diagnostic : diagnostics.sorted()) {
                out.println("::" + diagnostic.severity().label()
                        + " file=" + property(diagnostic.source().file())
                        + ",line=" + diagnostic.source().line()
                        + ",col=" + diagnostic.source().column()
                        + ",title=" + property(diagnostic.rule())
                        + "::" + data(diagnostic.message()));
            }
        }
    };

    abstract void print(Diagnostics diagnostics, PrintWriter out);

    /** The format as {@code --format} names it: text, json or github. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code text} as the message of a GitHub Actions workflow command. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** {@code text} as a property (file, title) of a GitHub Actions workflow command. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
