package io.eventref.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Reads a content folder: {@code releases.yaml} and every {@code *.md} file but {@code README.md},
 * in path order, the files parsed in parallel. Problems in the content become diagnostics; an
 * unreadable folder is an {@link UncheckedIOException}. A reader made by {@link #remembering} keeps
 * what it parsed, for a process that reads the same folder again and again.
 */
public final class ContentReader {

    public static final String RELEASES_FILE = "releases.yaml";
    public static final String GUIDE_FILE = "README.md";
    static final String OUTSIDE = "outside-content";

    private final Markdown markdown = new Markdown();
    /** Each file's text and what it parsed into, by path; null when parses are not kept. */
    private final Map<String, Remembered> remembered;

    private record Remembered(String text, Parsed parsed) {
    }

    public ContentReader() {
        this(null);
    }

    private ContentReader(Map<String, Remembered> remembered) {
        this.remembered = remembered;
    }

    /**
     * A reader that keeps the parse of each file (the last one, of the files the folder holds) and
     * parses a file again only when its text changed; every read still reads every file and sees
     * files come and go. Thread-safe.
     */
    public static ContentReader remembering() {
        return new ContentReader(new ConcurrentHashMap<>());
    }

    /** What was read, and the problems met reading it. */
    public record Result(ContentDraft draft, Diagnostics diagnostics) {
    }

    /**
     * Reads {@code folder}. Diagnostics name files as {@code displayFolder/name}, so that messages
     * show paths the way the user gave them.
     */
    public Result read(Path folder, String displayFolder) {
        Diagnostics diagnostics = new Diagnostics();
        String releasesPath = display(displayFolder, RELEASES_FILE);
        Path realFolder = realPath(folder);
        Path releasesFile = folder.resolve(RELEASES_FILE);
        ReleasesReader.Releases releases = inside(realFolder, releasesFile, releasesPath, diagnostics)
                ? ReleasesReader.read(releasesFile, releasesPath, diagnostics)
                : new ReleasesReader.Releases(null, List.of());
        List<Path> sources = sources(folder).stream()
                .filter(source -> inside(realFolder, source, display(displayFolder, source.getFileName().toString()),
                        diagnostics))
                .toList();
        List<Parsed> parsed = sources.parallelStream()
                .map(source -> parse(source, display(displayFolder, source.getFileName().toString())))
                .toList();
        if (remembered != null) {
            remembered.keySet().retainAll(sources.stream()
                    .map(source -> display(displayFolder, source.getFileName().toString())).toList());
        }
        List<FileDraft> files = new ArrayList<>();
        for (Parsed one : parsed) {
            diagnostics.addAll(one.diagnostics());
            one.file().ifPresent(files::add);
        }
        return new Result(new ContentDraft(releasesPath, releases.document(), releases.entries(), files), diagnostics);
    }

    /**
     * Whether {@code file} is in the content folder once links are followed; a link to a file
     * elsewhere is refused with an {@code outside-content} error, so that content cannot pull in
     * (and publish) a file from anywhere on the machine.
     */
    private static boolean inside(Path realFolder, Path file, String path, Diagnostics diagnostics) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            if (file.toRealPath().startsWith(realFolder)) {
                return true;
            }
            diagnostics.error(SourceRef.startOf(path), OUTSIDE, "a link to " + Files.readSymbolicLink(file)
                    + ", outside the content folder; copy the file into the folder instead");
        } catch (IOException e) {
            diagnostics.error(SourceRef.startOf(path), OUTSIDE, "a link to a file that does not exist");
        }
        return false;
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content folder " + folder, e);
        }
    }

    private static String display(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static List<Path> sources(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing
                    .filter(path -> Files.isRegularFile(path) || Files.isSymbolicLink(path))
                    .filter(path -> path.getFileName().toString().endsWith(".md"))
                    .filter(path -> !path.getFileName().toString().equals(GUIDE_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the content folder " + folder, e);
        }
    }

    private record Parsed(Optional<FileDraft> file, Diagnostics diagnostics) {
    }

    private Parsed parse(Path source, String path) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<String> text = Utf8.read(source, path, diagnostics);
        if (text.isEmpty()) {
            return new Parsed(Optional.empty(), diagnostics);
        }
        if (remembered == null) {
            return parse(path, text.get(), diagnostics);
        }
        Remembered known = remembered.get(path);
        if (known != null && known.text().equals(text.get())) {
            return known.parsed();
        }
        Parsed parsed = parse(path, text.get(), diagnostics);
        remembered.put(path, new Remembered(text.get(), parsed));
        return parsed;
    }

    /** Parses the text of the file at {@code path}; {@code diagnostics} are the file's. */
    private Parsed parse(String path, String text, Diagnostics diagnostics) {
        FrontMatter.Split split = FrontMatter.split(path, text, diagnostics);
        JsonNode metadata = split.metadata();
        Optional<FileKind> kind = metadata == null
                ? Optional.empty()
                : FileKind.fromId(metadata.path("kind").asText(""));
        if (kind.isEmpty()) {
            if (metadata != null && !metadata.has("kind")) {
                diagnostics.error(SourceRef.startOf(path), FrontMatter.RULE,
                        "front matter has no 'kind' (section, categories or global-fields)");
            }
            return new Parsed(Optional.empty(), diagnostics);
        }
        String id = metadata.path("id").asText("");
        int order = metadata.path("order").asInt(0);
        FileDraft file = new MarkdownFileParser(markdown, path, kind.get(), diagnostics)
                .parse(split.body(), metadata, id, order);
        return new Parsed(Optional.of(file), diagnostics);
    }
}
