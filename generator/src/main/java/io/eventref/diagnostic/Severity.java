package io.eventref.diagnostic;

/** How bad a diagnostic is: errors stop the build, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
