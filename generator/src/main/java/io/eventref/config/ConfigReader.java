package io.eventref.config;

import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Reads a Dovecot configuration file into a tree of sections and settings, following
 * {@code !include} and {@code !include_try} (relative to the including file, with glob patterns,
 * the matches in name order) where they stand, as Dovecot's config parser does. Problems of the
 * file are diagnostics with positions: rule {@code config-syntax} for lines Dovecot rejects,
 * {@code include} for includes it cannot follow, {@code ambiguous-comment} (a warning). Unknown
 * settings are kept, not judged. Thread-safe: each read has its own state.
 */
public final class ConfigReader {

    /** The configuration as a root section, and the problems found in it. */
    public record Result(ConfigSection root, Diagnostics diagnostics) {
        public Result {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(diagnostics, "diagnostics");
        }
    }

    /**
     * Reads {@code file}; messages name it {@code display}, and an included file by its path
     * relative to that (so {@code conf.d/10-metrics.conf} beside it is {@code <display's folder>/conf.d/10-metrics.conf}).
     *
     * @throws IOException when {@code file} itself cannot be read
     */
    public Result read(Path file, String display) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(display, "display");
        Diagnostics diagnostics = new Diagnostics();
        Source top = Source.open(file.toAbsolutePath().normalize(), display);
        new Run(diagnostics).read(top);
        return new Result(top.root, diagnostics);
    }

    /** One file being read: its lines and where in them the reading is. */
    private static final class Source {
        final Path path;
        final String display;
        final String[] lines;
        ConfigSection root;

        private Source(Path path, String display, String[] lines) {
            this.path = path;
            this.display = display;
            this.lines = lines;
        }

        static Source open(Path path, String display) throws IOException {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            return new Source(path, display, text.split("\n", -1));
        }
    }

    /** A section being filled: its head and the entries read so far. */
    private record Open(SourceText type, SourceText name, List<ConfigEntry> entries) {
        ConfigSection close() {
            return new ConfigSection(type, name, entries);
        }
    }

    /** The state of one read. */
    private static final class Run {
        private final Diagnostics diagnostics;
        private final Deque<Open> open = new ArrayDeque<>();
        private final Deque<Path> including = new ArrayDeque<>();

        Run(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        void read(Source top) {
            SourceRef start = SourceRef.startOf(top.display);
            open.push(new Open(SourceText.of("", start), SourceText.of("", start), new ArrayList<>()));
            readLines(top);
            while (open.size() > 1) {
                Open unclosed = open.pop();
                diagnostics.error(unclosed.type().start(), "config-syntax", "section '"
                        + new ConfigSection(unclosed.type(), unclosed.name(), List.of()).label()
                        + "' is not closed: a '}' is missing");
                open.peek().entries().add(unclosed.close());
            }
            top.root = open.pop().close();
        }

        private void readLines(Source source) {
            including.push(source.path);
            LineJoiner joiner = new LineJoiner(source.display, diagnostics);
            for (int i = 0; i < source.lines.length; i++) {
                joiner.accept(source.lines[i], i + 1).ifPresent(this::apply);
            }
            joiner.finish(source.lines.length).ifPresent(this::apply);
            including.pop();
        }

        private void apply(SourceText text) {
            apply(ConfigLine.of(text));
        }

        private void apply(ConfigLine line) {
            if (line instanceof ConfigLine.Setting setting) {
                open.peek().entries().add(setting.setting());
            } else if (line instanceof ConfigLine.SectionStart start) {
                open.push(new Open(start.type(), start.name(), new ArrayList<>()));
            } else if (line instanceof ConfigLine.SectionEnd end) {
                if (open.size() == 1) {
                    diagnostics.error(end.at(), "config-syntax", "'}' closes no section");
                } else {
                    ConfigSection closed = open.pop().close();
                    open.peek().entries().add(closed);
                }
            } else if (line instanceof ConfigLine.Include include) {
                include(include);
            } else {
                ConfigLine.Malformed malformed = (ConfigLine.Malformed) line;
                diagnostics.error(malformed.at(), "config-syntax", malformed.message());
                if (malformed.recovered() != null) {
                    apply(malformed.recovered());
                }
            }
        }

        private void include(ConfigLine.Include include) {
            String pattern = include.path().text();
            if (pattern.isEmpty()) {
                diagnostics.error(include.at(), "config-syntax", "!include needs a path");
                return;
            }
            Path from = including.peek().getParent();
            List<Path> files;
            try {
                files = IncludePaths.expand(from, pattern);
            } catch (IOException e) {
                diagnostics.error(include.path().start(), "include", "cannot list the files of '" + pattern + "': "
                        + e.getMessage());
                return;
            }
            if (files.isEmpty() && !include.optional()) {
                diagnostics.error(include.path().start(), "include", "no file matches '" + pattern + "'");
            }
            String folder = displayFolder(include.at().file());
            for (Path file : files) {
                follow(include, file, displayOf(folder, from, file));
            }
        }

        private void follow(ConfigLine.Include include, Path file, String display) {
            if (including.contains(file)) {
                diagnostics.error(include.path().start(), "include", "'" + display + "' includes itself"
                        + (including.peek().equals(file) ? "" : " through the files that include it"));
                return;
            }
            Source source;
            try {
                source = Source.open(file, display);
            } catch (IOException e) {
                if (!include.optional()) {
                    diagnostics.error(include.path().start(), "include", "cannot read '" + display + "': "
                            + IncludePaths.reason(e));
                }
                return;
            }
            readLines(source);
        }

        private static String displayFolder(String display) {
            int slash = display.lastIndexOf('/');
            return slash < 0 ? "" : display.substring(0, slash + 1);
        }

        /** How messages name an included file: by its path from the including one, as that one is named. */
        private static String displayOf(String folder, Path from, Path file) {
            if (!Objects.equals(from.getRoot(), file.getRoot())) {
                return file.toString().replace('\\', '/');
            }
            String relative = from.relativize(file).toString().replace('\\', '/');
            return Path.of(folder + relative).normalize().toString().replace('\\', '/');
        }
    }
}
