package io.eventref.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.diff.ReleasePair;
import io.eventref.diff.ReleaseReports;
import io.eventref.json.Json;
import io.eventref.render.BuildCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The reports the compare page looks up: for each pair the build publishes, a script
 * ({@code diffs/2.3.7-to-2.3.9.js}, loadable from {@code file://}) that hands {@code compare.js} the
 * report as the page shows it, worked out here:
 * {@code eventrefReport({"from", "to", "title", "summary", "parts": [{"level", "id", "heading",
 * "lines", "parts"}]})}. Headings, lines and the summary are runs: a string is text, {@code {"code": s}}
 * is code. The script only turns that into elements, so the page shows what {@code eventref diff
 * --format html} shows. A report's script is kept in the build cache under what the reports read.
 */
final class CompareData {

    static final String FOLDER = "diffs/";
    private static final String KIND = "compare-report-1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ReleaseReports reports;
    private final BuildCache cache;
    private final Supplier<String> input;

    CompareData(ReleaseReports reports, BuildCache cache) {
        this.reports = reports;
        this.cache = cache;
        this.input = memoized(() -> sha256(reports.input()));
    }

    /** The site path of {@code pair}'s script. */
    static String path(ReleasePair pair) {
        return ReleaseReports.path(pair) + ".js";
    }

    /** The script of {@code pair}, one of the pairs the reports publish. */
    byte[] script(ReleasePair pair) {
        return cache.fact(KIND, () -> (input.get() + " " + pair.slug()).getBytes(StandardCharsets.UTF_8),
                () -> script(pair, DiffReportHtml.page(reports.report(pair), 3)).getBytes(StandardCharsets.UTF_8));
    }

    static String script(ReleasePair pair, DiffReportPage page) {
        ObjectNode root = NODES.objectNode();
        root.put("from", pair.from().toString());
        root.put("to", pair.to().toString());
        root.put("title", page.title());
        root.set("summary", runs(page.summary()));
        ArrayNode parts = root.putArray("parts");
        page.parts().forEach(part -> parts.add(part(part)));
        return "eventrefReport(" + Json.compact(root) + ");\n";
    }

    private static ObjectNode part(DiffReportPage.PartView view) {
        ObjectNode node = NODES.objectNode();
        node.put("level", view.level());
        node.put("id", view.id());
        node.set("heading", runs(view.heading()));
        ArrayNode lines = node.putArray("lines");
        view.lines().forEach(line -> lines.add(runs(line)));
        ArrayNode parts = node.putArray("parts");
        view.parts().forEach(child -> parts.add(part(child)));
        return node;
    }

    private static ArrayNode runs(InlineText text) {
        ArrayNode runs = NODES.arrayNode();
        for (InlineText.Run run : text.runs()) {
            if (run.code()) {
                runs.addObject().put("code", run.text());
            } else {
                runs.add(run.text());
            }
        }
        return runs;
    }

    private static Supplier<String> memoized(Supplier<String> supplier) {
        return new Supplier<>() {
            private volatile String value;

            @Override
            public String get() {
                String made = value;
                if (made == null) {
                    synchronized (this) {
                        made = value;
                        if (made == null) {
                            made = supplier.get();
                            value = made;
                        }
                    }
                }
                return made;
            }
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
