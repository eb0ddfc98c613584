package io.eventref.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files an {@code !include} names: one path, or the matches of a glob pattern in name order. */
final class IncludePaths {

    private IncludePaths() {
    }

    static boolean isPattern(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * The files {@code pattern} names, relative to {@code folder} unless absolute: the regular files
     * that match a pattern, in name order; a plain path as it is, whether or not it exists (reading it tells).
     */
    static List<Path> expand(Path folder, String pattern) throws IOException {
        Path whole = folder.resolve(pattern).normalize();
        if (!isPattern(pattern)) {
            return List.of(whole);
        }
        Path fixed = whole.getRoot() == null ? Path.of("") : whole.getRoot();
        int depth = 0;
        for (Path part : whole) {
            if (isPattern(part.toString())) {
                break;
            }
            fixed = fixed.resolve(part);
            depth++;
        }
        Path base = fixed;
        int levels = whole.getNameCount() - depth;
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = base.getFileSystem().getPathMatcher("glob:" + globOf(base.relativize(whole)));
        List<Path> matches = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base, levels)) {
            walk.filter(path -> path.getNameCount() - base.getNameCount() == levels)
                    .filter(path -> matcher.matches(base.relativize(path)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(matches::add);
        }
        return List.copyOf(matches);
    }

    /** A relative path as a glob: forward slashes, whatever the platform. */
    private static String globOf(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
