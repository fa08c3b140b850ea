package io.tokengateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTPS stand-in for the Millicast API: answers each method and path with a recorded response
 * and keeps every request it received, so tests can assert exactly what the gateway sent.
 */
public final class StubMillicast implements AutoCloseable {

    /** One request as the stub received it. */
    public record Received(String method, String path, String rawQuery, String authorization, String contentType,
            String accept, String body) {
    }

    /** A canned answer: status, JSON body, optional delay before answering, content type. */
    public record Answer(int status, String body, Duration delay, String contentType) {

        public static Answer json(int status, String body) {
            return new Answer(status, body, Duration.ZERO, "application/json; charset=utf-8");
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, wait, contentType);
        }
    }

    private static final Answer NOT_FOUND = Answer.json(404, "{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}");

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpsServer server;
    private int port;

    private StubMillicast() {
    }

    public static StubMillicast start() throws Exception {
        StubMillicast stub = new StubMillicast();
        stub.listen(0);
        return stub;
    }

    private void listen(int wantedPort) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", wantedPort), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(TestTls.stubServerContext()));
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    public String baseUrl() {
        return "https://localhost:" + port;
    }

    /** From now on, answer {@code method path} (path without query) with {@code answer}. */
    public void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets recorded requests and canned answers. */
    public void reset() {
        received.clear();
        answers.clear();
    }

    /** Stops listening: the port refuses connections, as a dead upstream would. */
    public void stop() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    public void restart() throws Exception {
        listen(port);
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Accept"), body));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path, NOT_FOUND);
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the gateway gave up waiting (read timeout): nothing to answer
        }
    }
}
