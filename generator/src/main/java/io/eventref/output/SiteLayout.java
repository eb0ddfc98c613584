package io.eventref.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a site and its builds live, and what is there now. The site path ({@code site}) is a
 * symbolic link to one complete build, {@code .site-builds/N}, in a folder of builds beside it; the
 * next build is made in {@code .site-builds/N+1} and published by replacing the link, which is one
 * rename and so atomic. The folder of builds also holds the lock file. Two other things may be at
 * the site path: a site folder that an older eventref updated in place (its marker inside), or an
 * empty folder; the first build moves either aside. Anything else there is not eventref's.
 */
final class SiteLayout {

    /** The lock file, in the folder of builds; never deleted, so that every build locks the same file. */
    static final String LOCK = "lock";
    private static final String NEXT_LINK = "next-";
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");

    /** What the site path holds. */
    enum Kind {
        /** Nothing (or a link of ours to a build that is gone): the first build. */
        NONE,
        /** Our link to a build folder. */
        LINK,
        /** A folder, empty or built in place by an older eventref. */
        FOLDER
    }

    /** What is published: its kind and the folder of the published build (null when there is none). */
    record Published(Kind kind, Path build) {
    }

    private final Path site;
    private final Path builds;
    private final Pattern ownLink;

    SiteLayout(Path site) {
        this.site = site.toAbsolutePath().normalize();
        if (this.site.getParent() == null) {
            throw new IllegalArgumentException("site: the root folder cannot be a site: " + this.site);
        }
        String buildsName = "." + this.site.getFileName() + "-builds";
        this.builds = this.site.resolveSibling(buildsName);
        this.ownLink = Pattern.compile(Pattern.quote(buildsName) + "/(" + NUMBER.pattern() + ")");
    }

    Path site() {
        return site;
    }

    /** The folder of builds beside the site. */
    Path builds() {
        return builds;
    }

    Path lockFile() {
        return builds.resolve(LOCK);
    }

    /**
     * What the site path holds now.
     *
     * @throws SiteWriter.ForeignFolderException when it holds something eventref did not make
     */
    Published inspect() throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(site, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new Published(Kind.NONE, null);
        }
        if (attributes.isSymbolicLink()) {
            String text = Files.readSymbolicLink(site).toString();
            Matcher own = ownLink.matcher(text);
            if (!own.matches()) {
                throw new SiteWriter.ForeignFolderException(site, "is a symbolic link to " + text
                        + ", which eventref did not make; remove the link or choose another output folder");
            }
            Path build = builds.resolve(own.group(1));
            return Files.isDirectory(build, LinkOption.NOFOLLOW_LINKS)
                    ? new Published(Kind.LINK, build) : new Published(Kind.NONE, null);
        }
        if (!attributes.isDirectory()) {
            throw new SiteWriter.ForeignFolderException(site, "exists and is not a folder; move it away or choose"
                    + " another output folder");
        }
        if (Files.isRegularFile(site.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(site)) {
            return new Published(Kind.FOLDER, site);
        }
        throw new SiteWriter.ForeignFolderException(site, "exists and was not built by eventref (no "
                + SiteWriter.MARKER + " file in it); move it away or choose another output folder");
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** The folder for the next build: one number past every build there is. */
    Path nextBuild() throws IOException {
        long highest = 0;
        for (Path entry : entries(builds)) {
            String name = entry.getFileName().toString();
            if (NUMBER.matcher(name).matches()) {
                highest = Math.max(highest, Long.parseLong(name));
            }
        }
        return builds.resolve(Long.toString(highest + 1));
    }

    /** A name for the link that is renamed over the site path to publish {@code build}. */
    Path nextLink(Path build) {
        return builds.resolve(NEXT_LINK + build.getFileName());
    }

    /** What the link to {@code build} says: relative, so that the site's parent folder may move. */
    Path linkText(Path build) {
        return builds.getFileName().resolve(build.getFileName());
    }

    /**
     * What earlier builds left that is no longer published: every entry of the folder of builds
     * but the lock file and the published build, and the staging folders an older eventref made
     * beside the site ({@code .site.new-*}, {@code .site.old-*}). Sorted.
     */
    List<Path> leftovers(Published published) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        for (Path entry : entries(builds)) {
            String name = entry.getFileName().toString();
            if (!name.equals(LOCK) && !entry.equals(published.build())) {
                leftovers.add(entry);
            }
        }
        String older = "." + site.getFileName() + ".";
        for (Path entry : entries(site.getParent())) {
            String name = entry.getFileName().toString();
            if ((name.startsWith(older + "new-") || name.startsWith(older + "old-"))
                    && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                leftovers.add(entry);
            }
        }
        return leftovers;
    }

    private static List<Path> entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }
}
