package io.eventref.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * check-events' fast checker and networknt with the published schemas judge lines alike: hand-written
 * samples with known verdicts (against the schemas fixture, or the check fixture), then generated
 * valid lines of every event of every release of the check fixture and broken variants of them.
 */
class SchemaAgreementTest {

    private static Reference fixture;
    private static Reference check;
    private static NetworkntJudge fixtureJudge;
    private static NetworkntJudge checkJudge;

    @BeforeAll
    static void load() {
        fixture = load(Fixtures.fixture("schemas").resolve("content"));
        check = load(Fixtures.content("check"));
        fixtureJudge = new NetworkntJudge(fixture, Optional.empty());
        checkJudge = new NetworkntJudge(check, Optional.of(NetworkntJudge.BASE));
    }

    private static Reference load(java.nio.file.Path content) {
        return new ReferenceLoader().load(content, "content").reference().orElseThrow();
    }

    @ParameterizedTest(name = "[{index}] {0} {1} strict={2}: {3}")
    @CsvFileSource(resources = "/check/samples.csv", delimiter = '|', numLinesToSkip = 1, quoteCharacter = '`')
    void handWrittenSamplesAreJudgedRightByBoth(String content, String release, boolean strict, String verdict,
            String line) {
        Reference reference = content.equals("fixture") ? fixture : check;
        NetworkntJudge judge = content.equals("fixture") ? fixtureJudge : checkJudge;
        boolean expected = verdict.equals("valid");

        assertThat(judge.accepts(release, strict, line)).as("networknt: %s", judge.errors(release,
                strict ? "events.strict.schema.json" : "events.schema.json", line)).isEqualTo(expected);
        assertThat(check(reference, release, strict, line).isValid()).as("check-events: %s",
                check(reference, release, strict, line).problems()).isEqualTo(expected);
    }

    @Test
    void aGeneratedLineOfEveryEventOfEveryReleaseIsValidForBoth() {
        for (Release release : check.releases()) {
            String folder = release.version().toString();
            for (Event event : check.asOf(release.version()).events()) {
                String line = SampleLines.valid(event, 7).toString();
                for (boolean strict : new boolean[] {false, true}) {
                    assertThat(checkJudge.accepts(folder, strict, line)).as("networknt %s %s", folder, line).isTrue();
                    assertThat(check(check, folder, strict, line).problems()).as("%s %s", folder, line)
                            .noneMatch(Problem::isError);
                }
            }
        }
    }

    @Test
    void brokenFieldsUnknownFieldsAndUnknownEventsAreJudgedAlike() {
        List<String> disagreements = new ArrayList<>();
        int invalid = 0;
        int lines = 0;
        for (String folder : List.of("2.4.1", "2.3.21", "2.3.17", "2.3.9")) {
            for (Event event : check.asOf(Version.parse(folder)).events()) {
                for (String line : broken(event)) {
                    for (boolean strict : new boolean[] {false, true}) {
                        boolean networknt = checkJudge.accepts(folder, strict, line);
                        boolean ours = check(check, folder, strict, line).isValid();
                        invalid += networknt ? 0 : 1;
                        lines++;
                        if (networknt != ours) {
                            disagreements.add(folder + " strict=" + strict + " networknt=" + networknt + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(lines).as("broken lines tried").isGreaterThan(400);
        assertThat(invalid).as("most broken lines are invalid").isGreaterThan(lines * 3 / 4);
    }

    @Test
    void relativeIdsResolveWhenTheSchemasAreFetchedFromAnywhere() {
        String line = "{\"event\":\"mail_opened\",\"fields\":{\"opened_at\":\"2023-03-01T10:00:00.123456Z\"}}";
        String bad = "{\"event\":\"mail_opened\",\"fields\":{\"opened_at\":\"yesterday\"}}";

        assertThat(fixtureJudge.errors("2.3.11", "mail_opened.schema.json", line)).isEmpty();
        assertThat(fixtureJudge.errors("2.3.11", "mail_opened.schema.json", bad)).isNotEmpty();
        assertThat(fixtureJudge.errors("latest", "events.schema.json", bad)).isNotEmpty();
    }

    /** Variants of a valid line of {@code event}: each field with a value of the wrong kind, plus unknown names. */
    private static List<String> broken(Event event) {
        List<String> lines = new ArrayList<>();
        for (Field field : event.fields()) {
            for (Object wrong : wrongValues(field)) {
                ObjectNode line = SampleLines.valid(event, 3);
                ((ObjectNode) line.get("fields")).putPOJO(field.name(), wrong);
                lines.add(line.toString());
            }
        }
        ObjectNode unknownField = SampleLines.valid(event, 3);
        ((ObjectNode) unknownField.get("fields")).put("plugin_field", "x");
        lines.add(unknownField.toString());
        ObjectNode unknownEvent = SampleLines.valid(event, 3);
        unknownEvent.put("event", event.name() + "_renamed");
        lines.add(unknownEvent.toString());
        ObjectNode badEnvelope = SampleLines.valid(event, 3);
        badEnvelope.put("start_time", "2023-03-01 10:00:00");
        lines.add(badEnvelope.toString());
        return lines;
    }

    private static List<Object> wrongValues(Field field) {
        return switch (field.type()) {
            case STRING -> List.of(17, List.of("a"), true, field.values().isEmpty() ? 1.5 : "not-a-listed-value");
            case INTEGER -> List.of("1543", 1.5, 2.0, List.of(1), false);
            case TIMESTAMP -> List.of("2023-03-01T10:00:00Z", "yesterday", 1677664800.5, List.of("x"));
            case STRING_LIST -> List.of("a", List.of(1), List.of("a", 2),
                    field.values().isEmpty() ? java.util.Map.of("a", 1) : List.of("not-a-listed-value"));
        };
    }

    private static final Map<String, LineChecker> CHECKERS = new ConcurrentHashMap<>();

    static LineResult check(Reference reference, String release, boolean strict, String line) {
        Version version = release.equals("latest") ? reference.latest().version() : Version.parse(release);
        LineChecker checker = CHECKERS.computeIfAbsent(System.identityHashCode(reference) + release + strict,
                key -> new LineChecker(ReleaseRules.compile(reference, version, strict)));
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        synchronized (checker) {
            return checker.check(bytes, 0, bytes.length);
        }
    }
}
