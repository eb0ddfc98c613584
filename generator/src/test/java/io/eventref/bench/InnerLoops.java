package io.eventref.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.check.LineChecker;
import io.eventref.check.ReleaseRules;
import io.eventref.content.ContentReader;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import io.eventref.output.OutputFile;
import io.eventref.schema.SchemaLayout;
import io.eventref.schema.SchemaSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inner loops under the whole-process numbers: reading the content (flexmark parse, tables,
 * markers) and checking one exported line, by check-events' engine and by networknt with the
 * published schema, for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InnerLoops {

    private static final String LINE = "{\"event\":\"imap_command_finished\",\"hostname\":\"mx1\","
            + "\"start_time\":\"2023-03-01T10:00:00.123456Z\",\"end_time\":\"2023-03-01T10:00:00.125100Z\","
            + "\"categories\":[\"service:imap\",\"imap\"],\"fields\":{\"user\":\"alice\",\"cmd_name\":\"SELECT\","
            + "\"cmd_tag\":\"a1\",\"running_usecs\":1543,\"lock_wait_usecs\":12,\"bytes_in\":120,\"bytes_out\":830,"
            + "\"tagged_reply_state\":\"OK\",\"reason_code\":[\"imap:cmd_select\"]}}";

    private Path content;
    private LineChecker checker;
    private Schema networknt;
    private JsonNode parsedLine;
    private byte[] line;

    @Setup
    public void setUp() throws Exception {
        content = Fixtures.content();
        Reference reference = new ReferenceLoader().load(content, "content").reference().orElseThrow();
        Version latest = reference.latest().version();
        checker = new LineChecker(ReleaseRules.compile(reference, latest, false));
        line = LINE.getBytes(StandardCharsets.UTF_8);
        Map<String, String> schemas = new HashMap<>();
        String folder = "schemas/" + latest + "/";
        for (OutputFile file : SchemaSet.of(reference, new SchemaLayout(Optional.empty())).files()) {
            if (file.path().startsWith(folder) && file.path().endsWith(".schema.json")) {
                schemas.put("https://bench.invalid/" + file.path().substring(folder.length()),
                        new String(file.content(), StandardCharsets.UTF_8));
            }
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(schemas::get));
        networknt = registry.getSchema(SchemaLocation.of("https://bench.invalid/imap_command_finished.schema.json"));
        networknt.initializeValidators();
        parsedLine = new ObjectMapper().readTree(LINE);
        if (!Files.isDirectory(content)) {
            throw new IllegalStateException("no content at " + content);
        }
    }

    /** Reads the whole real content folder: UTF-8, front matter, flexmark, tables, markers. */
    @Benchmark
    public Object readContent() {
        return new ContentReader().read(content, "content");
    }

    /** One line through check-events' engine: JSON tokens and the compiled rules of its event. */
    @Benchmark
    public Object checkLineEngine() {
        return checker.check(line, 0, line.length);
    }

    /** The same line through networknt with the published schema (the JSON already parsed). */
    @Benchmark
    public Object checkLineNetworknt() {
        return networknt.validate(parsedLine);
    }
}
