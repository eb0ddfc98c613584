package io.eventref.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * The only class that writes the site to disk, so that the site is, at every instant, wholly one
 * complete build. The site path is a symbolic link to a build folder beside it
 * ({@code site -> .site-builds/7}, see {@link SiteLayout}). A build is made in a fresh folder
 * ({@code .site-builds/8}): files equal to the published ones are hard-linked from it, the others
 * written; only when the whole build succeeded is the link replaced, by one atomic rename. A build
 * that fails or is killed leaves the published site as it was, and its leftovers are removed by
 * the next build; the build before the published one is kept until then, for readers still in it.
 * One build at a time per site (an operating-system lock, so a killed build never leaves it
 * held). It refuses to replace anything it did not make (a folder without its marker file, a
 * link elsewhere), and never follows a link when it deletes.
 */
public final class SiteWriter {

    /** The file that marks a folder as built by eventref. */
    public static final String MARKER = ".eventref-site";
    private static final String MARKER_TEXT =
            "This folder is built by eventref; `eventref build` replaces it whole. Do not edit it by hand.\n";

    /** Thrown when the site path holds something that eventref did not make. */
    public static final class ForeignFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignFolderException(Path target, String why) {
            super(target + " " + why);
        }
    }

    /** Thrown when another build is publishing the same site. */
    public static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(Path target, String holder) {
            super(target + " is being built by " + holder + "; wait until it has finished, or build into"
                    + " another --out folder");
        }
    }

    /** What makes a site's files: it hands each to the sink as soon as it is made. */
    @FunctionalInterface
    public interface Production {
        void produce(OutputSink sink);
    }

    /**
     * What a publication did: the build folder now published, how many files were hard-linked from
     * the previous build and how many written, how long the switch took, how long removing the
     * leftovers of earlier builds took (beside the build, on a thread of its own), and those that
     * could not be removed ("path: reason"; the next build tries again).
     */
    public record Publication(Path build, long linked, long written, long switchNanos, long leftoverNanos,
            List<String> leftovers) {
        public Publication {
            Objects.requireNonNull(build, "build");
            leftovers = List.copyOf(leftovers);
        }
    }

    private final DiskStep step;

    public SiteWriter() {
        this(DiskStep.NONE);
    }

    /** A writer that calls {@code step} before each change to the disk (tests). */
    SiteWriter(DiskStep step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    /** Fails fast, before any work, when {@code target} holds something eventref may not replace. */
    public void checkReplaceable(Path target) throws IOException {
        new SiteLayout(target).inspect();
    }

    /** Publishes {@code files} as the whole content of {@code target}. */
    public Publication write(Path target, List<OutputFile> files) throws IOException {
        return write(target, sink -> files.forEach(sink::write));
    }

    /**
     * Publishes the files that {@code production} makes as the whole content of {@code target},
     * once all were made. When {@code production} throws, the new build is removed, the published
     * site is left as it was, and the exception is rethrown.
     *
     * @throws ForeignFolderException when {@code target} is not eventref's to replace
     * @throws BusyException when another build is publishing {@code target}
     */
    public Publication write(Path target, Production production) throws IOException {
        SiteLayout layout = new SiteLayout(target);
        layout.inspect();
        Files.createDirectories(layout.builds());
        try (SiteLock lock = SiteLock.acquire(layout.lockFile(), layout.site())) {
            SiteLayout.Published published = layout.inspect();
            Leftovers leftovers = new Leftovers(layout.leftovers(published), step);
            leftovers.start();
            Path build;
            BuildFolder folder;
            long switchNanos;
            try {
                build = layout.nextBuild();
                step.before(DiskStep.Kind.FOLDER, build);
                Files.createDirectory(build);
                folder = new BuildFolder(build, published.build(), step);
                make(build, folder, production);
                long start = System.nanoTime();
                publishOrRemove(layout, published, build);
                switchNanos = System.nanoTime() - start;
            } finally {
                leftovers.finish();
            }
            List<String> kept = leftovers.finish();
            return new Publication(build, folder.linked(), folder.written(), switchNanos, leftovers.nanos(), kept);
        }
    }

    /** Fills {@code build}, then marks it complete; removes it when that fails. */
    private void make(Path build, BuildFolder folder, Production production) throws IOException {
        try {
            try {
                production.produce(folder);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            step.before(DiskStep.Kind.MARKER, build.resolve(MARKER));
            Files.writeString(build.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Leftovers.delete(build);
            } catch (IOException | RuntimeException cleanup) {
                // Threads of the failed production may still be writing; the next build removes the rest.
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private void publishOrRemove(SiteLayout layout, SiteLayout.Published published, Path build)
            throws IOException {
        try {
            publish(layout, published, build);
        } catch (IOException | RuntimeException e) {
            try {
                Leftovers.delete(build);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Points the site at {@code build}: a new link renamed over the old one, atomically. A folder
     * of the older layout at the site path is first moved aside (a rename, once): between the two
     * renames the site path is briefly absent, never mixed.
     */
    private void publish(SiteLayout layout, SiteLayout.Published published, Path build) throws IOException {
        Path link = layout.nextLink(build);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, layout.linkText(build));
        Path aside = null;
        try {
            if (published.kind() == SiteLayout.Kind.FOLDER) {
                aside = layout.nextBuild();
                step.before(DiskStep.Kind.MOVE_ASIDE, layout.site());
                Files.move(layout.site(), aside, StandardCopyOption.ATOMIC_MOVE);
            }
            step.before(DiskStep.Kind.SWITCH, layout.site());
            Files.move(link, layout.site(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(link);
                if (aside != null && Files.isDirectory(aside) && Files.notExists(layout.site(), LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(aside, layout.site(), StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException | RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    /**
     * Writes {@code files} into {@code folder}, which must not exist or be empty: a plain folder,
     * no marker, no switch, for inputs that eventref generates (benchmark content), not sites.
     */
    public void writeFolder(Path folder, List<OutputFile> files) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            try (var entries = Files.list(absolute)) {
                if (entries.findAny().isPresent()) {
                    throw new ForeignFolderException(absolute, "exists and is not empty; choose a new folder");
                }
            }
        }
        Files.createDirectories(absolute);
        BuildFolder sink = new BuildFolder(absolute, null, step);
        try {
            files.forEach(sink::write);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
