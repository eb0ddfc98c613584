package io.eventref.upgrade;

/**
 * How much a finding matters, most first: {@link #BREAKING} the upgrade silences or changes what the
 * config counts; {@link #WARNING} something is wrong or doubtful in both releases, or changed in a
 * way to read about; {@link #NOTE} for information.
 */
public enum Impact {
    BREAKING("breaking"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Impact(String label) {
        this.label = label;
    }

    /** The impact as reports write it (under the key {@code severity}), such as {@code breaking}. */
    public String label() {
        return label;
    }
}
