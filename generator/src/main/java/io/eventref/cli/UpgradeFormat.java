package io.eventref.cli;

import io.eventref.diagnostic.Diagnostic;
import io.eventref.upgrade.Finding;
import io.eventref.upgrade.ReportJson;
import io.eventref.upgrade.ReportText;
import io.eventref.upgrade.Impact;
import io.eventref.upgrade.TargetReport;
import io.eventref.upgrade.UpgradeReport;
import java.io.PrintWriter;
import java.util.Locale;

/** How {@code upgrade-check} prints its report: for people, for machines, or as GitHub Actions annotations. */
enum UpgradeFormat {
    TEXT {
        @Override
        void print(UpgradeReport report, PrintWriter out) {
            out.print(ReportText.render(report));
        }
    },
    JSON {
        @Override
        void print(UpgradeReport report, PrintWriter out) {
            out.print(ReportJson.render(report));
        }
    },
    /** The config's problems and every finding, as annotations on the config's lines (breaking ones as errors). */
    GITHUB {
        @Override
        void print(UpgradeReport report, PrintWriter out) {
            for (Diagnostic problem : report.problems()) {
                out.println("::" + problem.severity().label() + " file=" + DiagnosticFormat.property(problem.source().file())
                        + ",line=" + problem.source().line() + ",col=" + problem.source().column()
                        + ",title=" + DiagnosticFormat.property(problem.rule()) + "::" + DiagnosticFormat.data(problem.message()));
            }
            for (TargetReport target : report.targets()) {
                for (Finding finding : target.findings()) {
                    out.println("::" + command(finding.severity()) + " file=" + DiagnosticFormat.property(finding.at().file())
                            + ",line=" + finding.at().line() + ",col=" + finding.at().column()
                            + ",title=" + DiagnosticFormat.property(finding.rule() + " (" + report.from() + " to "
                                    + report.to() + ")")
                            + "::" + DiagnosticFormat.data(target.target().label() + ": " + finding.message()));
                }
            }
        }

        private String command(Impact severity) {
            return switch (severity) {
                case BREAKING -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
        }
    };

    abstract void print(UpgradeReport report, PrintWriter out);

    /** Accepts the format names in lower case. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<UpgradeFormat> {
        @Override
        public UpgradeFormat convert(String value) {
            return UpgradeFormat.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
