package io.eventref.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventref.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds killed in a process of their own ({@link BuildProcess}) at chosen steps: the site is
 * always the old build or the new one, never a mix, and the next build cleans up and succeeds.
 */
class KilledBuildTest {

    @TempDir
    Path temp;

    @Test
    void aBuildKilledAtAnyStepLeavesTheOldSiteOrTheNewOne() throws Exception {
        Map<String, String> oldSite = published(false);
        Map<String, String> newSite = published(true);
        int steps = countSteps(this::rebuildInPlace);
        List<String> outcomes = new ArrayList<>();

        for (int stop : stops(steps, 6)) {
            Path site = rebuildInPlace(Files.createDirectories(temp.resolve("kill" + stop)).resolve("site"));
            Run run = run(site, stop);

            Map<String, String> after = Fixtures.snapshot(site);
            assertThat(after).as("killed before step %d (%s)", stop, run.step()).isIn(oldSite, newSite);
            outcomes.add(run.step() + (after.equals(newSite) ? ": new" : ": old"));
            assertNextBuildCleansUp(site, newSite);
        }
        assertThat(outcomes).as("the kills fell before and after the switch")
                .contains("SWITCH: old", "done: new").anyMatch(outcome -> outcome.startsWith("LINK"))
                .anyMatch(outcome -> outcome.startsWith("WRITE"));
    }

    @Test
    void movingASiteOfTheOlderLayoutAsideIsTheOneMomentTheSiteIsAbsent() throws Exception {
        Map<String, String> oldSite = published(false);
        Map<String, String> newSite = published(true);
        int steps = countSteps(this::olderLayout);

        for (int stop : stops(steps, 2)) {
            Path site = olderLayout(Files.createDirectories(temp.resolve("kill" + stop)).resolve("site"));
            Run run = run(site, stop);

            if (run.step().equals("SWITCH") && !Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                // The one-time move from a site folder to a link to its build: two renames.
                assertThat(site.resolveSibling(".site-builds")).isDirectory();
            } else {
                assertThat(Fixtures.snapshot(site)).as("killed before step %d (%s)", stop, run.step())
                        .isIn(oldSite, newSite);
            }
            assertNextBuildCleansUp(site, newSite);
        }
    }

    @Test
    void aBuildRunningElsewhereTurnsASecondAwayAndAKillReleasesIt() throws Exception {
        Path site = Files.createDirectories(temp.resolve("held")).resolve("site");
        new SiteWriter().write(site, BuildProcess.files(false));
        Map<String, String> oldSite = Fixtures.snapshot(site);
        Process holder = start(site, -1);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("writing");

            assertThatThrownBy(() -> new SiteWriter().write(site, BuildProcess.files(true)))
                    .isInstanceOf(SiteWriter.BusyException.class)
                    .hasMessage(site + " is being built by another build (process " + holder.pid()
                            + "); wait until it has finished, or build into another --out folder");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(60, TimeUnit.SECONDS);
        }

        assertThat(Fixtures.snapshot(site)).isEqualTo(oldSite);
        assertNextBuildCleansUp(site, published(true));
    }

    /** A site with a build before the published one (so a rebuild has a leftover to remove). */
    private Path rebuildInPlace(Path site) throws IOException {
        new SiteWriter().write(site, BuildProcess.files(true));
        new SiteWriter().write(site, BuildProcess.files(false));
        return site;
    }

    /** A site folder as an older eventref left it: updated in place, its marker inside. */
    private Path olderLayout(Path site) throws IOException {
        Path scratch = Files.createTempDirectory(temp, "older").resolve("site");
        new SiteWriter().write(scratch, BuildProcess.files(false));
        Files.createDirectories(site);
        try (Stream<Path> files = Files.walk(scratch.toRealPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = site.resolve(scratch.toRealPath().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return site;
    }

    private interface Setup {
        Path prepare(Path site) throws IOException;
    }

    private int countSteps(Setup setup) throws IOException {
        Path site = setup.prepare(Files.createTempDirectory(temp, "count").resolve("site"));
        AtomicInteger count = new AtomicInteger();
        new SiteWriter((kind, path) -> count.incrementAndGet()).write(site, BuildProcess.files(true));
        return count.get();
    }

    /** Where to kill: {@code spread} steps spread over the build, each of its last four, and none (it completes). */
    private static List<Integer> stops(int steps, int spread) {
        TreeSet<Integer> stops = new TreeSet<>();
        for (int stop = 1; stop <= steps; stop += Math.max(1, steps / spread)) {
            stops.add(stop);
        }
        for (int stop = Math.max(1, steps - 3); stop <= steps + 1; stop++) {
            stops.add(stop);
        }
        return List.copyOf(stops);
    }

    private Map<String, String> published(boolean newer) throws IOException {
        Path site = Files.createTempDirectory(temp, "reference").resolve("site");
        new SiteWriter().write(site, BuildProcess.files(newer));
        return Fixtures.snapshot(site);
    }

    private static void assertNextBuildCleansUp(Path site, Map<String, String> newSite) throws IOException {
        new SiteWriter().write(site, BuildProcess.files(true));
        assertThat(Fixtures.snapshot(site)).isEqualTo(newSite);
        try (Stream<Path> entries = Files.list(site.resolveSibling(".site-builds"))) {
            assertThat(entries.count()).as("the lock, the site's build and at most the one before").isBetween(2L, 3L);
        }
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            assertThat(siblings.map(path -> path.getFileName().toString()).sorted().toList())
                    .containsExactly(".site-builds", "site");
        }
    }

    /** What a killed build printed: the kind of the step it was stopped before, or "done". */
    private record Run(String step) {
    }

    private static Run run(Path site, int stop) throws IOException, InterruptedException {
        Process process = start(site, stop);
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isIn(0, 137);
        return new Run(out.isEmpty() ? "?" : out.lines().reduce((first, last) -> last).orElseThrow());
    }

    private static Process start(Path site, int stop) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), BuildProcess.class.getName(), site.toString(),
                "new", Integer.toString(stop)).start();
    }
}
