package io.eventref.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.config.ConfigReader;
import io.eventref.diff.Differ;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check on the project's real reference: every name of the newest release resolves, and the worked
 * example of {@code docs/upgrade-check.md} (which the site's upgrade page shows) is what the check prints.
 */
class RealReferenceUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void aMetricPerEventOfTheNewestReleaseWithAllItsFieldsNamesNothingUnknown() throws IOException {
        Reference real = new ReferenceLoader().load(Fixtures.content(), "content").reference().orElseThrow();
        Version oldest = real.versions().get(0);
        Version newest = real.latest().version();
        StringBuilder config = new StringBuilder();
        List<Event> events = real.asOf(newest).events();
        for (Event event : events) {
            config.append("metric m").append(config.length()).append(" {\n  filter = event=").append(event.name())
                    .append("\n  fields = ").append(String.join(" ", event.fields().stream().map(Field::name).toList()))
                    .append("\n}\n");
        }
        Path file = folder.resolve("dovecot.conf");
        Files.writeString(file, config);

        UpgradeReport report = new UpgradeCheck(real, oldest, newest, new Differ().compare(real, oldest, newest))
                .check(new ConfigReader().read(file, "dovecot.conf"), "dovecot.conf", "");

        assertThat(report.problems()).isEmpty();
        assertThat(report.targets()).hasSize(events.size()).allMatch(TargetReport::checked);
        assertThat(report.targets().stream().flatMap(target -> target.findings().stream()))
                .extracting(Finding::rule)
                .contains("event-added")
                .doesNotContain("unknown-event", "unknown-field", "field-not-carried", "event-removed", "field-removed");
    }

    @Test
    void theWorkedExampleOfTheDocsIsWhatTheCheckPrints() throws IOException {
        String doc = Files.readString(Fixtures.projectRoot().resolve("docs/upgrade-check.md"));
        String example = doc.substring(doc.indexOf("## A worked example"));
        String config = block(example, 0);
        String printed = block(example, 1);
        String command = printed.lines().findFirst().orElseThrow();
        assertThat(command).isEqualTo("$ ./eventref upgrade-check --config dovecot.conf --from 2.3.21 --to 2.4.1");
        Path file = folder.resolve("dovecot.conf");
        Files.writeString(file, config);
        Reference real = new ReferenceLoader().load(Fixtures.content(), "content").reference().orElseThrow();
        Version from = Version.parse("2.3.21");
        Version to = Version.parse("2.4.1");

        UpgradeReport report = new UpgradeCheck(real, from, to, new Differ().compare(real, from, to))
                .check(new ConfigReader().read(file, "dovecot.conf"), "dovecot.conf", "");

        assertThat(ReportText.render(report)).isEqualTo(printed.substring(command.length() + 1));
    }

    /** The text of the {@code index}th fenced block of {@code markdown} (from 0), with its final newline. */
    private static String block(String markdown, int index) {
        int at = 0;
        for (int i = 0; i <= index; i++) {
            at = markdown.indexOf("```", at);
            at = markdown.indexOf('\n', at) + 1;
            if (i < index) {
                at = markdown.indexOf("```", at) + 3;
            }
        }
        return markdown.substring(at, markdown.indexOf("```", at));
    }
}
