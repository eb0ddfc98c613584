package io.eventref.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventref.Fixtures;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage of lines against the check fixture: in it, {@code mail_opened} runs in the context
 * IMAP command (whose fields, with those of IMAP client that it inherits, are its context fields),
 * {@code mail_cache_lookup_finished} is removed in 2.3.18, {@code imap_client_unhibernated} is
 * declared per process, and {@code obox_mailbox_rescan_started} is Pro only (documented by the 2.3
 * releases, not by 2.4).
 */
class CoverageTest {

    private static Reference reference;

    @BeforeAll
    static void load() {
        reference = Fixtures.load(Fixtures.content("check"));
    }

    private static CoverageReport coverage(String release, boolean strict, UnreachedReasons reasons, String... lines)
            throws IOException {
        ReleaseRules rules = ReleaseRules.compile(reference, Version.parse(release), strict);
        Coverage coverage = new Coverage(reference, rules, reasons);
        EventsCheck check = new EventsCheck(rules, 0, (file, line, event, problem) -> { }, coverage);
        check.check("lines", new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        return coverage.report(check.summary(), List.of("lines"));
    }

    private static CoverageReport coverage(String release, String... lines) throws IOException {
        return coverage(release, false, UnreachedReasons.NONE, lines);
    }

    @Test
    void countsTheDocumentedEventsObservedAndListsTheOthersWithTheirReasons() throws Exception {
        UnreachedReasons reasons = (event, release) -> event.startsWith("obox_") ? Optional.of("Pro only.") : Optional.empty();

        CoverageReport report = coverage("2.3.21", false, reasons,
                "{\"event\":\"mail_opened\",\"fields\":{\"uid\":1}}",
                "{\"event\":\"mail_opened\",\"fields\":{\"uid\":2}}",
                "{\"event\":\"imap_client_unhibernated\",\"fields\":{\"error\":\"x\"}}");

        assertThat(report.documented()).isEqualTo(5);
        assertThat(report.observed()).extracting(CoverageReport.Observed::event, CoverageReport.Observed::lines)
                .containsExactly(tuple("imap_client_unhibernated", 1L), tuple("mail_opened", 2L));
        assertThat(report.neverObserved()).extracting(CoverageReport.Unreached::event, CoverageReport.Unreached::reason)
                .containsExactly(tuple("auth_client_request_continued", null), tuple("imap_command_finished", null),
                        tuple("obox_mailbox_rescan_started", "Pro only."));
        assertThat(report.documentsEverything()).isTrue();
    }

    @Test
    void aReleaseOfAnotherEditionDoesNotDocumentItsEvents() throws IOException {
        CoverageReport report = coverage("2.4.1", "{\"event\":\"obox_mailbox_rescan_started\",\"fields\":{}}");

        assertThat(report.documented()).isEqualTo(4);
        assertThat(report.neverObserved()).extracting(CoverageReport.Unreached::event)
                .doesNotContain("obox_mailbox_rescan_started");
        assertThat(report.undocumentedEvents()).extracting(CoverageReport.UndocumentedEvent::event,
                CoverageReport.UndocumentedEvent::note)
                .containsExactly(tuple("obox_mailbox_rescan_started", "not documented in 2.4.1"));
    }

    @Test
    void undocumentedEventsSayWhyAndWhichFieldsTheyCarried() throws IOException {
        CoverageReport report = coverage("2.3.21",
                "{\"event\":\"mail_cache_lookup_finished\",\"fields\":{\"field\":\"hdr.subject\",\"mailbox\":\"a\"}}",
                "{\"event\":\"dict_set_key\",\"fields\":{\"key\":\"k\"}}",
                "{\"event\":\"dict_set_key\",\"fields\":{\"user\":\"u\"}}",
                "{\"event\":\"auth_client_request_continue\"}");

        assertThat(report.undocumentedEvents())
                .extracting(CoverageReport.UndocumentedEvent::event, CoverageReport.UndocumentedEvent::lines,
                        CoverageReport.UndocumentedEvent::note, CoverageReport.UndocumentedEvent::fields)
                .containsExactly(
                        tuple("auth_client_request_continue", 1L,
                                "not an emitted name; the reference documents it as auth_client_request_continued", List.of()),
                        tuple("dict_set_key", 2L, "not documented in 2.3.21", List.of("key", "user")),
                        tuple("mail_cache_lookup_finished", 1L, "removed in 2.3.18", List.of("field", "mailbox")));
        assertThat(report.documentsEverything()).isFalse();
    }

    @Test
    void undocumentedFieldsOfDocumentedEventsAreListedPerEventWithWhy() throws IOException {
        CoverageReport report = coverage("2.3.10",
                "{\"event\":\"imap_command_finished\",\"fields\":{\"cmd_input_name\":\"fetch\",\"plugin_field\":1}}",
                "{\"event\":\"imap_command_finished\",\"fields\":{\"plugin_field\":2,\"cmd_name\":\"FETCH\"}}",
                "{\"event\":\"mail_opened\",\"fields\":{\"mail_age_days\":3}}");

        assertThat(report.undocumentedFields())
                .extracting(CoverageReport.UndocumentedField::event, CoverageReport.UndocumentedField::field,
                        CoverageReport.UndocumentedField::lines, CoverageReport.UndocumentedField::note)
                .containsExactly(
                        tuple("imap_command_finished", "cmd_input_name", 1L, "new in 2.3.11"),
                        tuple("imap_command_finished", "plugin_field", 2L, "not documented for this event"),
                        tuple("mail_opened", "mail_age_days", 1L, "not documented for this event"));
    }

    @Test
    void aFieldOfAnyDeclarationOfAnEventIsDocumented() throws IOException {
        CoverageReport report = coverage("2.3.21",
                "{\"event\":\"imap_client_unhibernated\",\"fields\":{\"reason\":\"idle_done\",\"error\":\"x\"}}");

        assertThat(report.undocumentedFields()).isEmpty();
    }

    @Test
    void contextFieldsAreReportedAsSuchWithTheGroupThatDeclaresThem() throws IOException {
        CoverageReport report = coverage("2.3.21",
                "{\"event\":\"mail_opened\",\"fields\":{\"user\":\"a\",\"cmd_name\":\"FETCH\",\"uid\":1}}",
                "{\"event\":\"mail_opened\",\"fields\":{\"user\":\"b\"}}",
                "{\"event\":\"imap_command_finished\",\"fields\":{\"user\":\"a\",\"cmd_name\":\"FETCH\"}}");

        assertThat(report.contextFields())
                .extracting(CoverageReport.ContextField::event, CoverageReport.ContextField::field,
                        CoverageReport.ContextField::lines, CoverageReport.ContextField::context)
                .containsExactly(tuple("mail_opened", "cmd_name", 1L, "IMAP command"),
                        tuple("mail_opened", "user", 2L, "IMAP client"));
    }

    @Test
    void valuesThatFitNotTheirFieldAreTypeMismatchesWithTheFirstPlace() throws IOException {
        CoverageReport report = coverage("2.3.21",
                "{\"event\":\"imap_command_finished\",\"fields\":{\"running_usecs\":1}}",
                "{\"event\":\"imap_command_finished\",\"fields\":{\"running_usecs\":\"1543\"}}",
                "{\"event\":\"imap_command_finished\",\"fields\":{\"running_usecs\":1.5,\"last_run_time\":1e999999}}",
                "{\"event\":\"mail_opened\",\"fields\":{\"flags\":[\"deleted\"],\"cmd_name\":7}}",
                "{\"event\":\"imap_client_unhibernated\",\"fields\":{\"hibernation_usecs\":\"long\"}}");

        assertThat(report.typeMismatches())
                .extracting(CoverageReport.Mismatch::event, CoverageReport.Mismatch::field,
                        CoverageReport.Mismatch::lines, CoverageReport.Mismatch::expected,
                        CoverageReport.Mismatch::message, CoverageReport.Mismatch::first)
                .containsExactly(
                        tuple("imap_client_unhibernated", "hibernation_usecs", 1L, "integer",
                                "expected integer, got string \"long\"", "lines:5"),
                        tuple("imap_command_finished", "last_run_time", 1L, "timestamp",
                                ValueCheck.TIME_RANGE + ", got number 1e999999", "lines:3"),
                        tuple("imap_command_finished", "running_usecs", 2L, "integer",
                                "expected integer, got string \"1543\"", "lines:2"),
                        tuple("mail_opened", "cmd_name", 1L, "string",
                                "expected string (a context field, from IMAP command), got integer 7", "lines:4"),
                        tuple("mail_opened", "flags", 1L, "string-list",
                                "expected one of \"seen\", \"flagged\", got string \"deleted\"", "lines:4"));
        assertThat(report.summary().invalid()).isEqualTo(4);
    }

    @Test
    void undocumentedCategoriesAreListedWithTheirEventsAndPatternsCount() throws IOException {
        CoverageReport report = coverage("2.3.21",
                "{\"event\":\"mail_opened\",\"categories\":[\"storage\",\"mail\",\"imapsieve\",\"service:imap\"]}",
                "{\"event\":\"dict_set_key\",\"categories\":[\"dict\",\"imapsieve\",7]}",
                "{\"event\":\"mail_opened\",\"categories\":[\"obox\",\"service:\"]}");

        assertThat(report.undocumentedCategories())
                .extracting(CoverageReport.UndocumentedCategory::category, CoverageReport.UndocumentedCategory::lines,
                        CoverageReport.UndocumentedCategory::events)
                .containsExactly(tuple("dict", 1L, List.of("dict_set_key")),
                        tuple("imapsieve", 2L, List.of("dict_set_key", "mail_opened")),
                        tuple("service:", 1L, List.of("mail_opened")));
    }

    @Test
    void aCategoryOfAnotherEditionIsUndocumentedInItsReleases() throws IOException {
        CoverageReport report = coverage("2.4.1", "{\"event\":\"mail_opened\",\"categories\":[\"obox\"]}");

        assertThat(report.undocumentedCategories()).extracting(CoverageReport.UndocumentedCategory::category)
                .containsExactly("obox");
    }

    @Test
    void linesThatAreNotJsonOrNameNoEventAddNothingButAreCounted() throws IOException {
        CoverageReport report = coverage("2.3.21", "{\"event\": oops", "[1]", "{\"fields\":{\"x\":1}}", "", "{}");

        assertThat(report.summary().lines()).isEqualTo(4);
        assertThat(report.summary().malformed()).isEqualTo(1);
        assertThat(report.observed()).isEmpty();
        assertThat(report.undocumentedEvents()).isEmpty();
        assertThat(report.undocumentedFields()).isEmpty();
    }

    @Test
    void namesFromTheLinesAreCutAndTheNumberOfNamesKeptIsBounded() throws IOException {
        String[] lines = new String[Coverage.MAX_NAMES + 5];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "{\"event\":\"plugin_event_" + i + "\"}";
        }
        String longName = "x".repeat(500);

        CoverageReport many = coverage("2.3.21", lines);
        CoverageReport cut = coverage("2.3.21", "{\"event\":\"mail_opened\",\"fields\":{\"" + longName + "\":1}}");

        assertThat(many.undocumentedEvents()).hasSize(Coverage.MAX_NAMES);
        assertThat(many.dropped()).isEqualTo(5);
        assertThat(cut.undocumentedFields()).singleElement()
                .satisfies(field -> assertThat(field.field()).hasSize(Printable.MAX_NAME + 3).endsWith("..."));
    }
}
