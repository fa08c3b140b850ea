package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
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

    @Test
    void whatIsWorthAnotherTryAndWhatMayHaveArrived() {
        record Case(Throwable failure, boolean repeatable, boolean outcomeUnknown) {
        }
        var untrusted = new SSLHandshakeException("PKIX path building failed");
        untrusted.initCause(new CertificateException("unable to find valid certification path"));
        List<Case> cases = List.of(
                new Case(new ConnectException("Connection refused"), true, false),
                new Case(new SocketTimeoutException("Connect timed out"), true, false),
                new Case(new SocketTimeoutException("Read timed out"), true, true),
                new Case(new SocketException("Connection reset"), true, true),
                new Case(new SocketException("Broken pipe"), true, false),
                new Case(untrusted, false, false));
        for (Case c : cases) {
            var e = failures.beforeTheAnswer(jersey(c.failure()));
            assertEquals(c.repeatable(), e instanceof RepeatableUpstreamFailure, c.failure().toString());
            assertEquals(c.outcomeUnknown(), e.outcomeUnknown(), c.failure().toString());
        }
    }

    @Test
    void aTimeoutTheBudgetCutShortSaysSo() {
        var cut = UpstreamFailures.within(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMillis(800),
                Duration.ofSeconds(20));
        assertEquals("The Millicast API sent no answer within the rest of the 20 s time budget",
                cut.beforeTheAnswer(jersey(new SocketTimeoutException("Read timed out"))).getMessage());
        var whole = UpstreamFailures.within(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(18),
                Duration.ofSeconds(20));
        assertEquals("The Millicast API sent no answer within 15 s",
                whole.beforeTheAnswer(jersey(new SocketTimeoutException("Read timed out"))).getMessage());
    }

    @Test
    void anAnswerCutOffIsWorthAnotherTryAndASuccessCutOffMayHaveBeenDone() {
        var success = failures.whileReading(200, new SocketException("Connection reset"));
        var refusal = failures.whileReading(400, new SocketException("Connection reset"));
        assertTrue(success instanceof RepeatableUpstreamFailure);
        assertTrue(success.outcomeUnknown());
        assertFalse(refusal.outcomeUnknown());
    }
}
