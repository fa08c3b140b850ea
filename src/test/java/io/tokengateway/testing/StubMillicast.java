package io.tokengateway.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A real HTTPS stand-in for the Millicast API: answers each method and path with a recorded response and keeps
 * every request it received, so tests can assert exactly what the gateway sent. It speaks HTTP/1.1 over its own
 * TLS sockets (not the JDK's HttpServer) so that it can also misbehave the way a broken upstream does: cut an
 * answer off, reset the connection, stream 50 MB, or present a certificate the gateway does not trust.
 */
public final class StubMillicast implements AutoCloseable {

    /** One request as the stub received it. */
    public record Received(String method, String path, String rawQuery, String authorization, String contentType,
            String accept, String body) {

        /** Without the Authorization header, so that a failing assertion never prints the API secret. */
        @Override
        public String toString() {
            return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery) + " " + body;
        }
    }

    /** How an answer goes onto the wire. */
    public enum Delivery {
        /** Status, headers with Content-Length, the whole body. */
        WHOLE,
        /** Headers announcing the whole body's length, then only {@code keptBytes} of it, then the connection closes. */
        CUT_OFF,
        /** {@code size} bytes of a JSON answer generated on the fly, with a Content-Length. */
        STREAMED,
        /** The same, chunked, without a Content-Length. */
        STREAMED_CHUNKED,
        /** The request is read, then the TCP connection is reset (RST) without any answer. */
        RESET
    }

    /** A canned answer: status, body, optional delay before answering, content type, and how it is delivered. */
    public record Answer(int status, String body, Duration delay, String contentType, Delivery delivery, long size,
            Map<String, String> headers) {

        public Answer(int status, String body, Duration delay, String contentType) {
            this(status, body, delay, contentType, Delivery.WHOLE, 0, Map.of());
        }

        public static Answer json(int status, String body) {
            return new Answer(status, body, Duration.ZERO, "application/json; charset=utf-8");
        }

        /** This body labelled with another content type. */
        public static Answer typed(int status, String contentType, String body) {
            return new Answer(status, body, Duration.ZERO, contentType);
        }

        /** A JSON answer whose connection closes after {@code keptBytes} of {@code body}, as its length announced. */
        public static Answer cutOff(int status, String body, int keptBytes) {
            return new Answer(status, body, Duration.ZERO, "application/json; charset=utf-8", Delivery.CUT_OFF,
                    keptBytes, Map.of());
        }

        /** A valid success envelope of exactly {@code bytes} bytes, written as it is generated. */
        public static Answer huge(long bytes, boolean chunked) {
            return new Answer(200, "", Duration.ZERO, "application/json; charset=utf-8",
                    chunked ? Delivery.STREAMED_CHUNKED : Delivery.STREAMED, bytes, Map.of());
        }

        /** No answer at all: the connection is reset once the request is read. */
        public static Answer reset() {
            return new Answer(0, "", Duration.ZERO, "", Delivery.RESET, 0, Map.of());
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, wait, contentType, delivery, size, headers);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, body, delay, contentType, delivery, size, Map.copyOf(more));
        }
    }

    private static final Answer NOT_FOUND = Answer.json(404, "{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}");
    private static final byte[] HUGE_HEAD = "{\"status\":\"success\",\"data\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HUGE_TAIL = "\"}".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, java.util.Queue<Answer>> turns = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Requests received since the last reset and not yet answered (a new counter at each reset). */
    private volatile java.util.concurrent.atomic.AtomicInteger underWay = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostUnderWay = new java.util.concurrent.atomic.AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-millicast");
        thread.setDaemon(true);
        return thread;
    });
    private final SSLContext trusted;
    private volatile SSLContext presented;
    private volatile ServerSocket listener;
    private int port;

    private StubMillicast() throws Exception {
        trusted = TestTls.stubServerContext();
        presented = trusted;
    }

    public static StubMillicast start() throws Exception {
        StubMillicast stub = new StubMillicast();
        stub.listen(0);
        return stub;
    }

    private void listen(int wantedPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", wantedPort), 50);
        listener = socket;
        port = socket.getLocalPort();
        workers.execute(() -> accept(socket));
    }

    public String baseUrl() {
        return "https://localhost:" + port;
    }

    /** From now on, answer {@code method path} (raw path, without query) with {@code answer}. */
    public void answer(String method, String path, Answer answer) {
        turns.remove(method + " " + path);
        answers.put(method + " " + path, answer);
    }

    /** Answers {@code method path} with each of {@code inTurn} once, in order; the last one then stays. */
    public void answerInTurn(String method, String path, Answer... inTurn) {
        answers.put(method + " " + path, inTurn[inTurn.length - 1]);
        turns.put(method + " " + path, new java.util.concurrent.ConcurrentLinkedQueue<>(List.of(inTurn)));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The most requests the stub was working on at the same time (received, not yet answered) since the last reset. */
    public int mostAtOnce() {
        return mostUnderWay.get();
    }

    /** Forgets recorded requests and canned answers, and presents the trusted certificate again. */
    public void reset() {
        received.clear();
        answers.clear();
        turns.clear();
        underWay = new java.util.concurrent.atomic.AtomicInteger();
        mostUnderWay.set(0);
        presented = trusted;
    }

    /**
     * From now on, new connections get a certificate the gateway does not trust (the gateway's own, self-signed),
     * so the TLS handshake fails. Existing connections are closed.
     */
    public void presentUntrustedCertificate() throws Exception {
        var tls = TestTls.gatewayDir().resolve("tls");
        char[] password = Files.readString(tls.resolve("keystore.password")).strip().toCharArray();
        KeyStore store = KeyStore.getInstance(tls.resolve("gateway.p12").toFile(), password);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        presented = context;
        closeConnections();
    }

    /** Stops listening and drops every connection: the port refuses connections, as a dead upstream would. */
    public void stop() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        closeConnections();
    }

    /** Listens again on the same port. */
    public void restart() throws Exception {
        listen(port);
    }

    @Override
    public void close() {
        stop();
        workers.shutdownNow();
    }

    private void closeConnections() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket plain = socket.accept();
                open.add(plain);
                workers.execute(() -> serve(plain));
            } catch (IOException e) {
                return; // stopped
            }
        }
    }

    /** One connection: HTTP/1.1 requests one after another (keep-alive) until the client or an answer closes it. */
    private void serve(Socket plain) {
        try (plain) {
            SSLSocket tls = (SSLSocket) presented.getSocketFactory()
                    .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
            tls.setUseClientMode(false);
            InputStream in = new BufferedInputStream(tls.getInputStream());
            OutputStream out = new BufferedOutputStream(tls.getOutputStream());
            while (answerOne(plain, in, out)) {
                out.flush();
            }
            out.flush();
        } catch (IOException e) {
            // the gateway gave up (read timeout), the handshake failed, or the test stopped the stub
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(plain);
        }
    }

    /** Reads one request and answers it; false when the connection is to be closed. */
    private boolean answerOne(Socket plain, InputStream in, OutputStream out) throws IOException, InterruptedException {
        String requestLine = line(in);
        if (requestLine == null) {
            return false;
        }
        String[] parts = requestLine.split(" ");
        String method = parts[0];
        String target = parts.length > 1 ? parts[1] : "/";
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        String body = new String(body(in, headers), StandardCharsets.UTF_8);
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? null : target.substring(question + 1);
        received.add(new Received(method, path, query, headers.get("Authorization"), headers.get("Content-Type"),
                headers.get("Accept"), body));
        java.util.Queue<Answer> inTurn = turns.get(method + " " + path);
        Answer next = inTurn == null ? null : inTurn.poll();
        Answer answer = next != null ? next : answers.getOrDefault(method + " " + path, NOT_FOUND);
        var counted = underWay;
        mostUnderWay.accumulateAndGet(counted.incrementAndGet(), Math::max);
        try {
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            return deliver(plain, out, answer);
        } finally {
            counted.decrementAndGet();
        }
    }

    private boolean deliver(Socket plain, OutputStream out, Answer answer) throws IOException {
        return switch (answer.delivery()) {
            case RESET -> {
                plain.setSoLinger(true, 0);
                plain.close();
                yield false;
            }
            case WHOLE -> {
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                head(out, answer, "Content-Length: " + bytes.length);
                out.write(bytes);
                yield true;
            }
            case CUT_OFF -> {
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                head(out, answer, "Content-Length: " + bytes.length);
                out.write(bytes, 0, (int) answer.size());
                yield false;
            }
            case STREAMED -> {
                head(out, answer, "Content-Length: " + answer.size());
                writeHuge(out, answer.size(), false);
                yield true;
            }
            case STREAMED_CHUNKED -> {
                head(out, answer, "Transfer-Encoding: chunked");
                writeHuge(out, answer.size(), true);
                yield true;
            }
        };
    }

    private static void head(OutputStream out, Answer answer, String framing) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(" Stub\r\n");
        if (!answer.contentType().isEmpty()) {
            head.append("Content-Type: ").append(answer.contentType()).append("\r\n");
        }
        answer.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append(framing).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code {"status":"success","data":"xxx…"}} of exactly {@code size} bytes, in 64 KiB pieces. */
    private static void writeHuge(OutputStream out, long size, boolean chunked) throws IOException {
        long filler = size - HUGE_HEAD.length - HUGE_TAIL.length;
        piece(out, HUGE_HEAD, HUGE_HEAD.length, chunked);
        byte[] xs = new byte[64 * 1024];
        java.util.Arrays.fill(xs, (byte) 'x');
        for (long left = filler; left > 0; left -= xs.length) {
            piece(out, xs, (int) Math.min(left, xs.length), chunked);
        }
        piece(out, HUGE_TAIL, HUGE_TAIL.length, chunked);
        if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void piece(OutputStream out, byte[] bytes, int length, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(exactly(in, size));
                line(in);
            }
            for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                // trailers are ignored
            }
            return body.toByteArray();
        }
        String length = headers.get("Content-Length");
        return length == null ? new byte[0] : exactly(in, Integer.parseInt(length));
    }

    private static int chunkSize(InputStream in) throws IOException {
        String sizeLine = line(in);
        if (sizeLine == null) {
            throw new EOFException("chunked body cut off");
        }
        int extension = sizeLine.indexOf(';');
        return Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("body cut off");
        }
        return bytes;
    }

    /** One CRLF-terminated line in ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        try {
            while ((b = in.read()) != -1 && b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
            }
        } catch (SocketException e) {
            return null;
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
