package io.eventref.cli;

import picocli.CommandLine.Option;

/** {@code --format}: how the commands that check content print what they find. */
final class DiagnosticOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print problems: text (default), json, or github (GitHub Actions annotations).")
    DiagnosticFormat format = DiagnosticFormat.TEXT;
}
