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

/** The check on the project's real reference: every name of the newest release resolves. */
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
}
