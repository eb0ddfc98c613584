package io.eventref.content;

/** The directive lines that may stand under a heading, by their keyword. */
public enum DirectiveKind {
    INHERITS("Inherits from"),
    CATEGORIES("Categories"),
    ALIASES("Aliases"),
    PROCESS("Process");

    private final String keyword;

    DirectiveKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
