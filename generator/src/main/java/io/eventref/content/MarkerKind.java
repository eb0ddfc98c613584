package io.eventref.content;

/** The version markers, by the word that starts them. */
public enum MarkerKind {
    NEW("New"),
    CHANGED("Changed"),
    DEPRECATED("Deprecated"),
    REMOVED("Removed"),
    /** {@code Renamed in version 2.4.0: from `old_name`.}: the item was called {@code old_name} before. */
    RENAMED("Renamed");

    private final String word;

    MarkerKind(String word) {
        this.word = word;
    }

    /** The capitalised word that starts the marker, such as {@code Changed}. */
    public String word() {
        return word;
    }

    static MarkerKind fromWord(String word) {
        for (MarkerKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("word: not a marker word: " + word);
    }
}
