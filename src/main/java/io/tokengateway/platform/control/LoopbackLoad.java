package io.tokengateway.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The warm-up's own requests to this gateway's HTTPS port on the loopback address: HTTP/1.1 with keep-alive
 * ({@link LoopbackConnection}), a new connection now and then. TLS, the server's HTTP stack, the gateway's filters, the
 * JAX-RS routing, the access rule and the routes run as for a caller. Each request carries the warm-up's marker, its
 * only credential ({@link WarmUp#enterOwnRequest}), which also keeps it out of the access log and the metrics; only
 * routes that change nothing are asked. The client is a few lines over a TLS socket: a full HTTP client gives the compilers much code of its own to
 * compile (with the JDK's {@code HttpClient} the warm-up took twice as long to settle).
 * <p>
 * The server's certificate is not checked ({@link OwnPortTrust}).
 */
final class LoopbackLoad {

    /**
     * Threads sending requests, one at a time each. One is enough to make the request path hot; more would take
     * the processor from the compilers the warm-up waits for (two threads took a third longer to settle).
     */
    static final int THREADS = 1;
    /** A connection is closed after this many requests, so that TLS handshakes are warmed too. */
    static final int REQUESTS_PER_CONNECTION = 200;
    /** After this many failed requests in a row the load stops (e.g. the port is another server's). */
    static final int FAILURES_TO_GIVE_UP = 20;
    static final int TIMEOUT_MILLIS = 5000;

    private final int port;
    private final List<byte[]> requests;
    private final SSLSocketFactory tls = OwnPortTrust.context().getSocketFactory();
    private final LongAdder answered = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private LoopbackLoad(int port, List<byte[]> requests) {
        this.port = port;
        this.requests = requests;
    }

    /**
     * Starts the load on {@code https://127.0.0.1:port}; every request has the header {@code markerHeader: marker}.
     *
     * @param routes each {@code METHOD path [JSON body]}, e.g. {@code GET /api/publish_token/7}
     */
    static LoopbackLoad start(int port, String markerHeader, String marker, List<String> routes) {
        LoopbackLoad load = new LoopbackLoad(port, routes.stream()
                .map(route -> request(port, markerHeader + ": " + marker, route)).toList());
        for (int i = 0; i < THREADS; i++) {
            int first = i;
            Thread thread = new Thread(() -> load.send(first), "warm-up-load-" + i);
            thread.setDaemon(true);
            load.threads.add(thread);
            thread.start();
        }
        return load;
    }

    /** Stops sending and waits (briefly) for the requests under way. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TIMEOUT_MILLIS + 1000L);
        }
    }

    long answered() {
        return answered.sum();
    }

    /** How many were answered 2xx. */
    long succeeded() {
        return succeeded.sum();
    }

    /** One thread's requests over one kept-alive connection (a new one when the server closes it). */
    private void send(int first) {
        LoopbackConnection connection = null;
        for (int i = first; running; i++) {
            try {
                if (connection == null) {
                    connection = new LoopbackConnection((SSLSocket) tls.createSocket());
                    connection.open(port, TIMEOUT_MILLIS);
                }
                boolean open = connection.ask(requests.get(i % requests.size()));
                answered.increment();
                if (connection.lastStatus() / 100 == 2) {
                    succeeded.increment();
                }
                if (!open || i % REQUESTS_PER_CONNECTION == 0) {
                    connection.close();
                    connection = null;
                }
                failuresInARow.set(0);
            } catch (IOException | RuntimeException e) {
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
                if (failuresInARow.incrementAndGet() >= FAILURES_TO_GIVE_UP) {
                    running = false;
                }
            }
        }
        if (connection != null) {
            connection.close();
        }
    }

    private static byte[] request(int port, String markerLine, String route) {
        String[] parts = route.split(" ", 3);
        String body = parts.length == 3 ? parts[2] : null;
        StringBuilder request = new StringBuilder()
                .append(parts[0]).append(' ').append(parts[1]).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Accept: application/json\r\n")
                .append(markerLine).append("\r\n");
        if (body != null) {
            request.append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        request.append("\r\n");
        if (body != null) {
            request.append(body);
        }
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }
}
