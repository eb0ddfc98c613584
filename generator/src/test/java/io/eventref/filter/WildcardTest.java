package io.eventref.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WildcardTest {

    @Test
    void starMatchesAnyRunAndQuestionMarkOneCharacter() {
        assertThat(Wildcard.matches("imap_*", "imap_command_finished", false)).isTrue();
        assertThat(Wildcard.matches("imap_*", "imap_", false)).isTrue();
        assertThat(Wildcard.matches("*_finished", "auth_request_finished", false)).isTrue();
        assertThat(Wildcard.matches("a*b*c", "aXXbYYbc", false)).isTrue();
        assertThat(Wildcard.matches("a*b*c", "aXXbYYb", false)).isFalse();
        assertThat(Wildcard.matches("mail_?", "mail_x", false)).isTrue();
        assertThat(Wildcard.matches("mail_?", "mail_xy", false)).isFalse();
        assertThat(Wildcard.matches("*", "", false)).isTrue();
    }

    @Test
    void caseMattersUnlessIgnored() {
        assertThat(Wildcard.matches("OK", "ok", false)).isFalse();
        assertThat(Wildcard.matches("O*", "ok", true)).isTrue();
    }

    @Test
    void aBackslashMakesAWildcardLiteral() {
        assertThat(Wildcard.hasWildcards("a\\*b")).isFalse();
        assertThat(Wildcard.hasWildcards("a*b")).isTrue();
        assertThat(Wildcard.matches("a\\*b", "a*b", false)).isTrue();
        assertThat(Wildcard.matches("a\\*b", "axb", false)).isFalse();
        assertThat(Wildcard.literal("a\\*b\\\\")).isEqualTo("a*b\\");
    }
}
