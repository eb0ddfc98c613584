package io.eventref.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What check-events says about a line, against the fixture reference of {@code fixtures/schemas/}. */
class LineCheckerTest {

    private static Reference reference;

    @BeforeAll
    static void load() {
        reference = new ReferenceLoader().load(Fixtures.fixture("schemas").resolve("content"), "content")
                .reference().orElseThrow();
    }

    private static LineResult check(String release, boolean strict, String line) {
        byte[] bytes = ("  " + line + "  ").getBytes(StandardCharsets.UTF_8);
        LineChecker checker = new LineChecker(ReleaseRules.compile(reference, Version.parse(release), strict));
        return checker.check(bytes, 2, bytes.length - 4);
    }

    private static List<String> said(LineResult result) {
        return result.problems().stream()
                .map(problem -> (problem.isError() ? "" : "warning: ") + problem.describe()).toList();
    }

    @Test
    void namesTheFieldTheExpectedTypeAndTheValueFound() {
        LineResult result = check("2.3.18", false, "{\"event\":\"mail_opened\",\"fields\":{\"uid\":\"1543\"}}");

        assertThat(result.status()).isEqualTo(LineResult.Status.INVALID);
        assertThat(result.event()).isEqualTo("mail_opened");
        assertThat(said(result)).containsExactly("fields.uid: expected integer, got string \"1543\"");
    }

    @Test
    void aContextFieldIsAcceptedWhenStrictAndNamedAsSuchWhenWrong() {
        assertThat(check("2.3.18", true, "{\"event\":\"mail_opened\",\"fields\":{\"cmd_name\":\"FETCH\"}}")
                .status()).isEqualTo(LineResult.Status.VALID);
        assertThat(said(check("2.3.18", true, "{\"event\":\"mail_opened\",\"fields\":{\"cmd_name\":7}}")))
                .containsExactly("fields.cmd_name: expected string (a context field, from IMAP command), got integer 7");
        assertThat(said(check("2.3.18", true,
                "{\"event\":\"mail_prefetched\",\"fields\":{\"cmd_name\":\"FETCH\"}}")))
                .contains("fields.cmd_name: not documented for this event");
    }

    @Test
    void aFieldNamedByAPatternCoversEveryNameItStandsFor() {
        assertThat(check("2.3.18", true, "{\"event\":\"mail_opened\",\"fields\":{\"id_param_name\":\"x\","
                + "\"id_param_version\":\"1\"}}").status()).isEqualTo(LineResult.Status.VALID);
        assertThat(said(check("2.3.18", true, "{\"event\":\"mail_opened\",\"fields\":{\"id_param_name\":3}}")))
                .containsExactly("fields.id_param_name: expected string, got integer 3");
        assertThat(said(check("2.3.18", true, "{\"event\":\"mail_opened\",\"fields\":{\"id_param_\":\"x\"}}")))
                .containsExactly("fields.id_param_: not documented for this event");
    }

    @Test
    void listsTheAllowedValuesInTheirDocumentedOrder() {
        assertThat(said(check("2.3.18", false, "{\"event\":\"mail_opened\",\"fields\":{\"flags\":[\"seen\",\"gone\"]}}")))
                .containsExactly("fields.flags[1]: expected one of \"seen\", \"flagged\", got string \"gone\"");
    }

    @Test
    void describesTimestampsAndEnvelopeMistakes() {
        assertThat(said(check("2.3.18", false, "{\"event\":\"mail_opened\",\"hostname\":1,"
                + "\"start_time\":\"2023-03-01T10:00:00Z\",\"categories\":[\"mail\",true],"
                + "\"fields\":{\"opened_at\":false}}")))
                .containsExactly("hostname: expected string, got integer 1",
                        "start_time: expected a timestamp (string YYYY-MM-DDTHH:MM:SS.uuuuuuZ or number), "
                                + "got string \"2023-03-01T10:00:00Z\"",
                        "categories[1]: expected string, got boolean true",
                        "fields.opened_at: expected a timestamp (string YYYY-MM-DDTHH:MM:SS.uuuuuuZ or number), "
                                + "got boolean false");
    }

    @Test
    void aFieldRemovedBeforeTheReleaseIsAWarningOrAStrictError() {
        String line = "{\"event\":\"mail_opened\",\"fields\":{\"size_hint\":5}}";

        assertThat(check("2.3.11", false, line).isValid()).isTrue();
        assertThat(said(check("2.3.11", false, line))).containsExactly("warning: fields.size_hint: removed in 2.3.11");
        assertThat(said(check("2.3.11", true, line))).containsExactly("fields.size_hint: removed in 2.3.11");
    }

    @Test
    void aFieldNewInALaterReleaseSaysWhen() {
        assertThat(said(check("2.3.11", true, "{\"event\":\"mail_opened\",\"fields\":{\"reason_code\":[\"x\"]}}")))
                .containsExactly("fields.reason_code: new in 2.3.18");
        assertThat(said(check("2.3.11", true, "{\"event\":\"mail_opened\",\"fields\":{\"plugin\":\"x\"}}")))
                .containsExactly("fields.plugin: not documented for this event");
    }

    @Test
    void aDeprecatedFieldIsAWarningWithItsNote() {
        LineResult result = check("2.3.18", true, "{\"event\":\"mail_opened\",\"fields\":{\"cached\":\"yes\"}}");

        assertThat(result.isValid()).isTrue();
        assertThat(said(result)).containsExactly("warning: fields.cached: deprecated in 2.3.11: Always absent.");
    }

    @Test
    void aDeprecatedEventIsAWarning() {
        LineResult result = check("2.3.18", true, "{\"event\":\"mail_prefetched\",\"fields\":{\"user\":\"a\"}}");

        assertThat(result.isValid()).isTrue();
        assertThat(said(result)).containsExactly("warning: event: deprecated in 2.3.18: Use mail_opened.");
        assertThat(said(check("2.3.11", true, "{\"event\":\"mail_prefetched\"}"))).isEmpty();
    }

    @Test
    void anEventNotInTheReleaseSaysWhyAndOnlyItsEnvelopeIsChecked() {
        LineResult removed = check("2.3.18", false, "{\"event\":\"mail_lookup_finished\",\"fields\":{\"user\":5}}");
        LineResult alias = check("2.3.11", true, "{\"event\":\"mail_lookup_done\"}");
        LineResult unknown = check("2.3.11", false, "{\"event\":\"plugin_event\",\"fields\":{\"x\":true}}");

        assertThat(removed.isValid()).isTrue();
        assertThat(removed.documented()).isFalse();
        assertThat(said(removed)).containsExactly("warning: event: removed in 2.3.18");
        assertThat(said(check("2.3.0", true, "{\"event\":\"mail_lookup_finished\"}")))
                .containsExactly("event: new in 2.3.9");
        assertThat(said(alias))
                .containsExactly("event: not an emitted name; the reference documents it as mail_lookup_finished");
        assertThat(said(unknown)).containsExactly("warning: event: not documented in 2.3.11",
                "fields.x: expected string, number or array of strings, got boolean true");
    }

    @Test
    void fieldsBeforeTheEventAreCheckedAllTheSame() {
        assertThat(said(check("2.3.18", false, "{\"fields\":{\"uid\":\"7\",\"user\":\"a\"},\"event\":\"mail_opened\"}")))
                .containsExactly("fields.uid: expected integer, got string \"7\"");
    }

    @Test
    void integersMayBeWrittenWithAZeroFraction() {
        assertThat(check("2.3.18", false, "{\"event\":\"mail_opened\",\"fields\":{\"uid\":7.0,\"duration\":1e3}}")
                .isValid()).isTrue();
        assertThat(said(check("2.3.18", false, "{\"event\":\"mail_opened\",\"fields\":{\"uid\":7.5}}")))
                .containsExactly("fields.uid: expected integer, got number 7.5");
    }

    @Test
    void anEventOfTwoProcessesFitsEitherAndOtherwiseReportsTheCloserOne() {
        assertThat(check("2.3.18", true, "{\"event\":\"storage_unhibernated\",\"fields\":{\"hibernation_usecs\":5}}")
                .isValid()).isTrue();
        assertThat(said(check("2.3.18", false,
                "{\"event\":\"storage_unhibernated\",\"fields\":{\"reason\":\"x\",\"hibernation_usecs\":\"y\"}}")))
                .containsExactly("fields.reason: expected one of \"idle_done\", \"mailbox_changes\", got string \"x\""
                        + " (as the imap process emits it)");
    }

    @Test
    void malformedJsonIsReportedWithWhereItBroke() {
        LineResult result = check("2.3.18", false, "{\"event\":\"mail_opened\",");

        assertThat(result.status()).isEqualTo(LineResult.Status.MALFORMED);
        assertThat(said(result)).singleElement().asString().startsWith("malformed JSON: ").contains("(column ");
        assertThat(check("2.3.18", false, "{} {}").status()).isEqualTo(LineResult.Status.MALFORMED);
    }

    @Test
    void aLineThatIsNoObjectOrHasNoEventIsInvalid() {
        assertThat(said(check("2.3.18", false, "\"text\""))).containsExactly("expected a JSON object, got string \"text\"");
        assertThat(said(check("2.3.18", false, "{\"hostname\":\"mx\"}"))).containsExactly("event: missing");
        assertThat(check("2.3.18", false, "   ").status()).isEqualTo(LineResult.Status.BLANK);
    }

    @Test
    void longValuesAreCutInReports() {
        String value = "x".repeat(100);
        assertThat(said(check("2.3.18", false, "{\"event\":\"mail_opened\",\"fields\":{\"uid\":\"" + value + "\"}}")))
                .containsExactly("fields.uid: expected integer, got string \"" + "x".repeat(60) + "...\"");
    }
}
