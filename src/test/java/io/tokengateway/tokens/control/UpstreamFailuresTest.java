package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class UpstreamFailuresTest {

    private final UpstreamFailures failures = new UpstreamFailures(Duration.ofMillis(5000), Duration.ofMillis(15000));

    /** As Jersey hands them over: the JDK's exception wrapped in a ProcessingException. */
    private static ProcessingException jersey(Throwable cause) {
        return new ProcessingException(cause.getClass().getName() + ": " + cause.getMessage(), cause);
    }

    private void assertSays(int status, String message, Throwable failure) {
        var e = failures.beforeTheAnswer(jersey(failure));
        assertEquals(status, e.status());
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void connectionRefused() {
        assertSays(502, "The Millicast API could not be reached: connection refused",
                new ConnectException("Connection refused"));
    }

    @Test
    void connectionReset() {
        assertSays(502, "The Millicast API could not be reached: connection reset",
                new SocketException("Connection reset"));
    }

    @Test
    void tlsHandshakeWithAnUntrustedCertificate() {
        var handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new CertificateException("unable to find valid certification path to requested target"));
        assertSays(502, "The Millicast API could not be reached: TLS handshake failed: its certificate is not trusted",
                handshake);
    }

    @Test
    void tlsHandshakeWithACertificateForAnotherHost() {
        var handshake = new SSLHandshakeException("No subject alternative names matching IP address 10.0.0.1 found");
        handshake.initCause(new CertificateException("No subject alternative names matching IP address 10.0.0.1 found"));
        assertSays(502,
                "The Millicast API could not be reached: TLS handshake failed: its certificate is not for this host name",
                handshake);
    }

    @Test
    void tlsHandshakeFailingOtherwise() {
        assertSays(502, "The Millicast API could not be reached: TLS handshake failed",
                new SSLHandshakeException("Received fatal alert: handshake_failure"));
    }

    @Test
    void otherTlsFailure() {
        assertSays(502, "The Millicast API could not be reached: the TLS connection failed",
                new SSLException("Unsupported or unrecognized SSL message"));
    }

    @Test
    void unknownHostAndNoRoute() {
        assertSays(502, "The Millicast API could not be reached: its host name could not be resolved",
                new UnknownHostException("api.millicast.invalid"));
        assertSays(502, "The Millicast API could not be reached: no route to its host",
                new NoRouteToHostException("No route to host"));
    }

    @Test
    void closedWithoutAnswer() {
        assertSays(502, "The Millicast API could not be reached: the connection was closed before the answer was complete",
                new SocketException("Unexpected end of file from server"));
    }

    @Test
    void somethingElseSaysNoClassName() {
        assertSays(502, "The Millicast API could not be reached: the connection failed", new IOException("weird"));
    }

    @Test
    void readTimeoutNamesTheConfiguredSeconds() {
        assertSays(504, "The Millicast API sent no answer within 15 s", new SocketTimeoutException("Read timed out"));
    }

    @Test
    void connectTimeoutNamesTheConfiguredSeconds() {
        assertSays(504, "The Millicast API accepted no connection within 5 s",
                new SocketTimeoutException("Connect timed out"));
    }

    @Test
    void secondsAreWrittenAsPeopleWriteThem() {
        assertEquals("15 s", UpstreamFailures.seconds(Duration.ofMillis(15000)));
        assertEquals("1.5 s", UpstreamFailures.seconds(Duration.ofMillis(1500)));
        assertEquals("0.25 s", UpstreamFailures.seconds(Duration.ofMillis(250)));
    }
}
