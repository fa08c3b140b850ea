package io.tokengateway.platform.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLSocket;

/**
 * One kept-alive HTTP/1.1 connection of the warm-up to this process's own HTTPS port: writes a request, reads the
 * answer to its end (by its {@code Content-Length} or its chunks) and says whether the connection stays open. Just
 * enough HTTP for the gateway's own answers; nothing of an answer is kept.
 */
final class LoopbackConnection implements AutoCloseable {

    private static final int MAX_HEADER_LINE = 8 * 1024;

    private final SSLSocket socket;
    private InputStream in;
    private OutputStream out;
    private int lastStatus;

    LoopbackConnection(SSLSocket socket) {
        this.socket = socket;
    }

    void open(int port, int timeoutMillis) throws IOException {
        socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        socket.startHandshake();
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends {@code request} (a whole HTTP/1.1 request) and reads its answer; false if the server closes. */
    boolean ask(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer");
        }
        lastStatus = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean keepAlive = true;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                keepAlive = false;
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            return false; // an answer that ends with the connection
        }
        return keepAlive;
    }

    /** The status of the last answer read. */
    int lastStatus() {
        return lastStatus;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a loopback connection: nothing to do about it
        }
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void skip(long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException();
            }
            if (b != '\r') {
                line.write(b);
            }
            if (line.size() > MAX_HEADER_LINE) {
                throw new IOException("header line too long");
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
