package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.model.Reference;
import io.eventref.model.Version;
import org.junit.jupiter.api.Test;

/**
 * The model of the real reference ({@code content/}) against facts of Dovecot's own documentation:
 * when events and fields came and went, and where fields come from.
 */
class RealReferenceFactsTest {

    private final Reference reference = RealReference.reference();

    @Test
    void versionsAreEffective() {
        assertThat(field("auth_request_finished", "mechanism").lifecycle().added()).hasToString("2.3.12");
        assertThat(field("auth_request_finished", "mechanism").origin()).isEqualTo("Auth server request");
        assertThat(field("auth_request_finished", "duration").origin()).isEqualTo("global");
        assertThat(field("auth_request_finished", "duration").lifecycle().added()).hasToString("2.3.7");
        assertThat(reference.requireEvent("mail_cache_decision_changed").lifecycle().added()).hasToString("2.3.11");
        assertThat(reference.requireEvent("dict_lookup_finished").lifecycle().added()).hasToString("2.3.11");
        assertThat(reference.requireEvent("dict_created").lifecycle().added()).hasToString("2.3.17");
        assertThat(reference.requireEvent("proxy_session_started").lifecycle().added()).hasToString("2.3.18");
        assertThat(reference.requireEvent("sieve_action_finished").lifecycle().added()).hasToString("2.3.9");
        assertThat(reference.requireEvent("mail_cache_lookup_finished").lifecycle().removed()).hasToString("2.3.18");
        assertThat(reference.requireEvent("imap_command_finished").lifecycle().added()).isNull();
        assertThat(field("mail_opened", "session").origin()).isEqualTo("Mail storage service user");
    }

    @Test
    void asOfAReleaseHidesWhatCameLater() {
        Reference old = reference.asOf(Version.parse("2.3.10"));

        assertThat(old.findEvent("mail_opened")).isEmpty();
        assertThat(old.findEvent("mail_cache_lookup_finished")).isEmpty();
        assertThat(reference.asOf(Version.parse("2.3.16")).findEvent("mail_cache_lookup_finished")).isPresent();
        assertThat(old.requireEvent("auth_request_finished").findField("mechanism")).isEmpty();
        assertThat(reference.asOf(Version.parse("2.3.12")).requireEvent("auth_request_finished")
                .findField("mechanism")).isPresent();
        assertThat(old.requireEvent("imap_command_finished").findField("cmd_name").orElseThrow()
                .lifecycle().changes()).isEmpty();
        assertThat(old.releases()).last().extracting(r -> r.version().toString()).isEqualTo("2.3.10");
    }

    private io.eventref.model.Field field(String event, String field) {
        return reference.requireEvent(event).findField(field).orElseThrow();
    }
}
