package io.eventref.serve;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An open page listening to the server's events: the site path it shows, the build it was loaded
 * from, and the messages waiting to be sent to it. Thread-safe.
 */
final class Client {

    /** How many messages may wait for a page that does not read them before it is dropped. */
    private static final int BACKLOG = 64;
    private static final String CLOSED = "";

    private final String page;
    private final long build;
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>(BACKLOG);
    private volatile boolean closed;

    Client(String page, long build) {
        this.page = page;
        this.build = build;
    }

    String page() {
        return page;
    }

    long build() {
        return build;
    }

    /** Queues a server-sent event of type {@code event} with {@code data} (one line). */
    void send(String event, String data) {
        if (!closed && !outbox.offer("event: " + event + "\ndata: " + data + "\n\n")) {
            close();
        }
    }

    /**
     * The next message to write: an event, a comment that keeps the connection alive when none came
     * for {@code heartbeatMillis}, or null once the client is closed.
     */
    String next(long heartbeatMillis) throws InterruptedException {
        if (closed) {
            return null;
        }
        String message = outbox.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
        if (closed) {
            return null;
        }
        return message == null ? ": keep-alive\n\n" : message;
    }

    /** Ends the connection: the thread that writes to it stops. */
    void close() {
        closed = true;
        outbox.clear();
        outbox.offer(CLOSED);
    }
}
