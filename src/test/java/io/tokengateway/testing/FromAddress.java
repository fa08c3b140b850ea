package io.tokengateway.testing;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 request to the test gateway from another loopback address (e.g. 127.0.0.2), so that the gateway sees
 * a different client: for tests of what one address can do to callers at another.
 */
public final class FromAddress {

    private final InetAddress local;

    public FromAddress(String localAddress) throws Exception {
        this.local = InetAddress.getByName(localAddress);
    }

    /** {@code GET path} with HTTP Basic; returns the status code. */
    public int getWithPassword(String path, String name, String password) throws Exception {
        int port = Integer.parseInt(System.getProperty("it.https.port"));
        var factory = TestTls.trustingGateway(TestTls.gatewayDir()).getSocketFactory();
        try (SSLSocket socket = (SSLSocket) factory.createSocket("localhost", port, local, 0)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(30_000);
            String basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + basic
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1 && b != '\n';) {
                head.write(b);
            }
            String statusLine = head.toString(StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
