package io.eventref.content;

/** The directive lines that may stand under a heading, by their keyword. */
public enum DirectiveKind {
    INHERITS("Inherits from"),
    CATEGORIES("Categories"),
    ALIASES("Aliases"),
    PROCESS("Process"),
    /** The groups of fields of the contexts (IMAP command, LMTP recipient, ...) an event is emitted in. */
    CONTEXTS("Contexts"),
    /** {@code Edition: Pro}: emitted only by that edition of Dovecot. */
    EDITION("Edition");

    private final String keyword;

    DirectiveKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
