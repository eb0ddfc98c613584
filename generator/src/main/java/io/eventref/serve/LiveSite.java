package io.eventref.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The site being served and the problems of the last build, and the pages open on them: a page is
 * told to reload when what it shows changed, and every page is told the problems whenever they
 * change. Thread-safe.
 */
final class LiveSite {

    /** More open pages than any author has; beyond, a page gets no live updates. */
    static final int MAX_CLIENTS = 64;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile Snapshot snapshot = Snapshot.empty();
    private volatile List<BuildProblem> problems = List.of();

    Snapshot snapshot() {
        return snapshot;
    }

    List<BuildProblem> problems() {
        return problems;
    }

    /** The site paths of the pages open now. */
    Set<String> openPages() {
        return clients.stream().map(Client::page).collect(Collectors.toUnmodifiableSet());
    }

    /** Serves {@code next}; the open pages it changed reload. */
    synchronized void publish(Snapshot next) {
        snapshot = Objects.requireNonNull(next, "next");
        for (Client client : clients) {
            reloadIfChanged(client);
        }
    }

    /** Tells every open page the build that is now served whole ({@code eventref serve} is idle). */
    synchronized void settled() {
        String data = "{\"build\":" + snapshot.build() + "}";
        clients.forEach(client -> client.send("built", data));
    }

    /** Sets the problems of the last build; when they changed, every open page is told. */
    synchronized void report(List<BuildProblem> now) {
        if (now.equals(problems)) {
            return;
        }
        problems = List.copyOf(now);
        String data = problemsData();
        clients.forEach(client -> client.send("problems", data));
    }

    /**
     * A page that opened on {@code page} from build {@code build}: it is told the problems at once,
     * and to reload when the site changed since that build. Empty when too many pages are open.
     */
    synchronized Optional<Client> open(String page, long build) {
        if (clients.size() >= MAX_CLIENTS) {
            return Optional.empty();
        }
        Client client = new Client(page, build);
        clients.add(client);
        client.send("problems", problemsData());
        reloadIfChanged(client);
        return Optional.of(client);
    }

    void close(Client client) {
        clients.remove(client);
        client.close();
    }

    /** Closes every open page's connection (the server stops). */
    void closeAll() {
        clients.forEach(this::close);
    }

    private void reloadIfChanged(Client client) {
        if (snapshot.changedSince(client.page(), client.build())) {
            client.send("reload", "{\"build\":" + snapshot.build() + "}");
        }
    }

    private String problemsData() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        long errors = problems.stream().filter(problem -> problem.severity().equals("error")).count();
        root.put("title", errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors")
                + " in the content: the last good build is shown until "
                + (errors == 1 ? "it is" : "they are") + " fixed");
        ArrayNode list = root.putArray("problems");
        problems.stream().filter(problem -> problem.severity().equals("error"))
                .forEach(problem -> list.addObject()
                        .put("where", problem.where())
                        .put("rule", problem.rule())
                        .put("message", problem.message())
                        .put("text", problem.text()));
        return Json.compact(root);
    }
}
