package io.eventref.cli;

import picocli.CommandLine.Option;

/** {@code --format}: how the commands that check content print what they find. */
final class DiagnosticOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "How to print problems: text (default), json, or github (GitHub Actions annotations).")
    DiagnosticFormat format = DiagnosticFormat.TEXT;

    /** Accepts the format names in lower case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            return DiagnosticFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
