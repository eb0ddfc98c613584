package io.eventref.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A build in a process of its own, for tests that kill builds: {@code main(site, old|new, stop)}
 * publishes the {@code old} or {@code new} site of {@link #files} into {@code site} and, at its
 * {@code stop}-th disk step (0: never), prints that step's kind and halts at once, as a kill
 * would (no finally blocks, no clean-up). {@code stop} -1: at its first file, print
 * {@code writing} and wait until killed.
 */
final class BuildProcess {

    private BuildProcess() {
    }

    /** The files of the old or the new site: many unchanged, some changed, some gone, some added. */
    static List<OutputFile> files(boolean newer) {
        List<OutputFile> files = new ArrayList<>();
        for (int folder = 0; folder < 4; folder++) {
            for (int page = 0; page < 6; page++) {
                String path = "events" + folder + "/page" + page + ".html";
                boolean changed = page == 2;
                boolean gone = page == 5 && folder % 2 == 0;
                if (newer && gone) {
                    continue;
                }
                files.add(OutputFile.text(path, path + (newer && changed ? " as of the new build" : "")));
            }
            if (newer) {
                files.add(OutputFile.text("added" + folder + "/new.html", "new " + folder));
            }
        }
        files.add(OutputFile.text("index.html", newer ? "home, new" : "home"));
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        boolean newer = args[1].equals("new");
        int stop = Integer.parseInt(args[2]);
        PrintStream out = System.out;
        AtomicInteger count = new AtomicInteger();
        DiskStep step = (kind, path) -> {
            if (stop == -1 && kind == DiskStep.Kind.WRITE) {
                out.println("writing");
                out.flush();
                while (true) {
                    if (System.in.read() < 0) {
                        Runtime.getRuntime().halt(3);
                    }
                }
            }
            if (count.incrementAndGet() == stop) {
                out.println(kind);
                out.flush();
                Runtime.getRuntime().halt(137);
            }
        };
        new SiteWriter(step).write(site, files(newer));
        out.println("done");
    }
}
