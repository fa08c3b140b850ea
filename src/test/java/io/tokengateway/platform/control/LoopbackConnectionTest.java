package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.TestTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's connection reads each answer to its very end, however it is framed, so that the next request on
 * the same connection finds the next answer; and it tells when the server ends the connection.
 */
class LoopbackConnectionTest {

    private static final byte[] REQUEST = "GET /api/publish_token/7 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void answersByLengthAndByChunksAreReadToTheirEndAndTheConnectionIsKept() throws Exception {
        List<String> seen = serve(List.of(
                "HTTP/1.1 401 Unauthorized\r\nContent-Length: 11\r\nContent-Type: application/json\r\n\r\n{\"a\":\"bcd\"}",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\n{\"a\"\r\nA\r\n:\"bcdefgh\"\r\n0\r\nTrailer: t\r\n\r\n",
                "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"), connection -> {
                    assertTrue(connection.ask(REQUEST));
                    assertTrue(connection.ask(REQUEST));
                    assertTrue(connection.ask(REQUEST));
                });

        assertEquals(3, seen.size());
    }

    @Test
    void anAnswerThatClosesOrHasNoLengthEndsTheConnection() throws Exception {
        serve(List.of("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"),
                connection -> assertFalse(connection.ask(REQUEST)));
        serve(List.of("HTTP/1.1 200 OK\r\n\r\n{}"), connection -> assertFalse(connection.ask(REQUEST)));
    }

    @Test
    void somethingThatIsNotAnHttpAnswerIsAFailure() throws Exception {
        serve(List.of("SSH-2.0-OpenSSH\r\n"), connection -> assertThrows(IOException.class, () -> connection.ask(REQUEST)));
        serve(List.of("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}"),
                connection -> assertThrows(IOException.class, () -> connection.ask(REQUEST)));
    }

    interface Asking {
        void with(LoopbackConnection connection) throws Exception;
    }

    /** Serves {@code answers} in turn on one TLS connection, one per request read; returns the request lines. */
    private static List<String> serve(List<String> answers, Asking asking) throws Exception {
        SSLContext context = TestTls.stubServerContext();
        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> seen = CompletableFuture.supplyAsync(() -> answer(server, answers));
            try (LoopbackConnection connection = new LoopbackConnection((SSLSocket) OwnPortTrust.context()
                    .getSocketFactory().createSocket())) {
                connection.open(server.getLocalPort(), 5000);
                asking.with(connection);
            }
            return seen.get(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> answer(SSLServerSocket server, List<String> answers) {
        List<String> requestLines = new ArrayList<>();
        try (var socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            for (String answer : answers) {
                String line = in.readLine();
                requestLines.add(line);
                while (line != null && !line.isEmpty()) {
                    line = in.readLine();
                }
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            socket.getInputStream().read(); // until the client closes
        } catch (IOException e) {
            // the client went away: the requests seen so far are the answer
        }
        return requestLines;
    }
}
