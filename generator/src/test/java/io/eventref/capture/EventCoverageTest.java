package io.eventref.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which documented events of {@code fixtures/basic} a capture holds. */
class EventCoverageTest {

    private static final Reference BASIC = Fixtures.load(Fixtures.content("basic"));

    private static Capture capture(String... events) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String event : events) {
            lines.append("{\"event\":\"").append(event).append("\"}\n");
        }
        return new CaptureReader().read(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
                "capture.jsonl");
    }

    private static EventCoverage coverage(String release, String... events) throws IOException {
        return EventCoverage.of(BASIC, Version.parse(release), capture(events));
    }

    @Test
    void anEventIsLookedUpUnderTheNameItHadInTheRelease() throws IOException {
        EventCoverage before = coverage("2.3.18", "mail_cache_compressed", "mail_cache_purged");
        EventCoverage after = coverage("2.4.0", "mail_cache_compressed", "mail_cache_purged");

        assertThat(before.find("mail_cache_purged").orElseThrow().nameThen()).isEqualTo("mail_cache_compressed");
        assertThat(before.find("mail_cache_purged").orElseThrow().observed()).extracting(ObservedEvent::name)
                .containsExactly("mail_cache_compressed");
        assertThat(before.undocumented()).extracting(ObservedEvent::name).containsExactly("mail_cache_purged");
        assertThat(after.find("mail_cache_purged").orElseThrow().observed()).extracting(ObservedEvent::name)
                .containsExactly("mail_cache_purged");
        assertThat(after.undocumented()).extracting(ObservedEvent::name).containsExactly("mail_cache_compressed");
    }

    @Test
    void anAliasCountsAsTheEvent() throws IOException {
        EventCoverage coverage = coverage("2.3.10", "mail_lookup_done");

        assertThat(coverage.find("mail_lookup_finished").orElseThrow().isObserved()).isTrue();
        assertThat(coverage.undocumented()).isEmpty();
    }

    @Test
    void onlyWhatTheReleaseDocumentsCounts() throws IOException {
        EventCoverage pro = coverage("2.3.18", "obox_fs_finished", "mail_lookup_finished");
        EventCoverage community = coverage("2.4.0", "obox_fs_finished");

        assertThat(pro.documented()).extracting(EventCoverage.Documented::name).containsExactly("mail_expunged",
                "mail_opened", "mail_cache_purged", "obox_fs_finished", "storage_unhibernated");
        assertThat(pro.find("storage_unhibernated").orElseThrow().isObserved()).isFalse();
        assertThat(pro.undocumented()).extracting(ObservedEvent::name).as("removed in 2.3.18")
                .containsExactly("mail_lookup_finished");
        assertThat(community.find("obox_fs_finished")).as("2.4.0 documents the community edition").isEmpty();
        assertThat(community.undocumented()).extracting(ObservedEvent::name).containsExactly("obox_fs_finished");
    }

    @Test
    void aReleaseTheReferenceDoesNotListIsComparedWithTheNewestBeforeIt() throws IOException {
        assertThat(coverage("2.3.18").comparedWith()).contains(Version.parse("2.3.18"));
        assertThat(coverage("2.4.1").comparedWith()).contains(Version.parse("2.4.0"));
        assertThat(coverage("2.3.8").comparedWith()).contains(Version.parse("2.3.7"));
        EventCoverage before = coverage("2.2.36", "mail_opened");
        assertThat(before.comparedWith()).isEmpty();
        assertThat(before.documented()).isEmpty();
        assertThat(before.undocumented()).extracting(ObservedEvent::name).containsExactly("mail_opened");
    }

    @Test
    void anEventOfTwoProcessesIsOneDocumentedEventWithItsLinesCountedOnce() throws IOException {
        EventCoverage coverage = coverage("2.3.18", "storage_unhibernated", "storage_unhibernated");

        assertThat(coverage.documented()).filteredOn(event -> event.name().equals("storage_unhibernated")).hasSize(1);
        assertThat(coverage.find("storage_unhibernated").orElseThrow().lines()).isEqualTo(2);
    }
}
