package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventref.model.Change;
import io.eventref.model.Description;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import io.eventref.output.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The diff reports a build publishes: which pairs, made once, and their downloads. */
class ReleaseReportsTest {

    private final Reference reference = References.fixture();

    @Test
    void aSmallReferenceOffersEveryPairEachReportTheDiffers() {
        ReleaseReports reports = new ReleaseReports(reference);

        assertThat(reports.everyPair()).isTrue();
        assertThat(reports.comparable()).isEqualTo(ReleasePair.all(reference));
        assertThat(reports.comparable().parallelStream().map(reports::report).toList())
                .isEqualTo(reports.comparable().stream()
                        .map(pair -> new Differ().compare(reference, pair.from(), pair.to())).toList());
    }

    @Test
    void aBigReferenceOffersTheConsecutivePairsOnly() {
        ReleaseReports reports = new ReleaseReports(reference, 10);

        assertThat(reports.everyPair()).isFalse();
        assertThat(reports.comparable()).isEqualTo(reports.consecutive()).isEqualTo(ReleasePair.consecutive(reference));
        assertThatThrownBy(() -> reports.report(new ReleasePair(Version.parse("2.3.0"), Version.parse("2.3.18"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.3.0 to 2.3.18");
        assertThat(reports.report(reports.consecutive().get(2)))
                .isEqualTo(new Differ().compare(reference, Version.parse("2.3.9"), Version.parse("2.3.10")));
    }

    @Test
    void eachReleaseButTheFirstHasTheReportFromTheOneBefore() {
        ReleaseReports reports = new ReleaseReports(reference);

        assertThat(reports.into(Version.parse("2.3.0"))).isEmpty();
        assertThat(reports.into(Version.parse("2.3.10"))).contains(
                new ReleasePair(Version.parse("2.3.9"), Version.parse("2.3.10")));
    }

    @Test
    void writesTheMarkdownAndJsonOfEachConsecutivePairAtThePathsItNames() {
        ReleaseReports reports = new ReleaseReports(reference);
        List<OutputFile> files = new ArrayList<>();

        reports.write(files::add);

        assertThat(files).extracting(OutputFile::path).isEqualTo(reports.paths()).contains(
                "diffs/2.3.0-to-2.3.7.md", "diffs/2.3.0-to-2.3.7.json", "diffs/2.3.11-to-2.3.18.json");
        DiffReport last = new Differ().compare(reference, Version.parse("2.3.11"), Version.parse("2.3.18"));
        assertThat(text(files, "diffs/2.3.11-to-2.3.18.md")).isEqualTo(DiffMarkdown.toMarkdown(last));
        assertThat(text(files, "diffs/2.3.11-to-2.3.18.json")).isEqualTo(DiffJson.toJson(last));
    }

    @Test
    void theInputOfTheReportsLeavesOutDescriptionsButNotLifecyclesTypesOrNotes() {
        String input = new ReleaseReports(reference).input();

        assertThat(new ReleaseReports(withEvent("mail_opened", event -> new Event(event.name(), event.process(),
                event.aliases(), event.section(), new Description("Another description.", "<p>Another.</p>"),
                event.categories(), event.inherits(), event.lifecycle(), event.fields(), event.source())))
                .input()).isEqualTo(input);
        assertThat(new ReleaseReports(withEvent("mail_opened", event -> new Event(event.name(), event.process(),
                event.aliases(), event.section(), event.description(), event.categories(), event.inherits(),
                new Lifecycle(null, null, null, null, null, List.of(new Change(Version.parse("2.3.11"), "Other."))),
                event.fields(), event.source()))).input()).isNotEqualTo(input);
        assertThat(new ReleaseReports(withEvent("mail_opened", event -> new Event(event.name(), event.process(),
                event.aliases(), event.section(), event.description(), event.categories(), event.inherits(),
                event.lifecycle(), event.fields().stream().map(ReleaseReportsTest::retyped).toList(), event.source())))
                .input()).isNotEqualTo(input);
    }

    private static Field retyped(Field field) {
        return new Field(field.name(), field.type() == FieldType.STRING ? FieldType.INTEGER : FieldType.STRING,
                field.values(), field.description(), field.lifecycle(), field.origin(), field.source());
    }

    private Reference withEvent(String name, UnaryOperator<Event> change) {
        return new Reference(reference.releases(), reference.sections(), reference.categories(),
                reference.globalFields(), reference.groups(), reference.events().stream()
                        .map(event -> event.name().equals(name) ? change.apply(event) : event).toList());
    }

    private static String text(List<OutputFile> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst()
                .map(file -> new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no " + path));
    }
}
