package io.tokengateway.tokens.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Says in words why no answer came from the Millicast API ("connection refused", "TLS handshake failed", "no answer
 * within 15 s"): the message the caller and the log get. Never a Java class name, never an exception's own text
 * (which can name hosts, certificates or bytes the operator did not configure).
 */
final class UpstreamFailures {

    private static final String UNREACHABLE = "The Millicast API could not be reached: ";

    /** How long a connection, and an answer, was waited for, in words: {@code 15 s}, {@code the rest of the 20 s time budget}. */
    private final String connectWait;
    private final String readWait;

    UpstreamFailures(Duration connectTimeout, Duration readTimeout) {
        this(seconds(connectTimeout), seconds(readTimeout));
    }

    private UpstreamFailures(String connectWait, String readWait) {
        this.connectWait = connectWait;
        this.readWait = readWait;
    }

    /** For a call with only {@code timeLeft} of its {@code budget} left: a timeout it cut short says so. */
    static UpstreamFailures within(Duration connectTimeout, Duration readTimeout, Duration timeLeft, Duration budget) {
        String rest = "the rest of the " + seconds(budget) + " time budget";
        return new UpstreamFailures(timeLeft.compareTo(connectTimeout) < 0 ? rest : seconds(connectTimeout),
                timeLeft.compareTo(readTimeout) < 0 ? rest : seconds(readTimeout));
    }

    /** A failure while connecting, sending the request or waiting for the answer's head. */
    UpstreamUnavailableException beforeTheAnswer(Throwable failure) {
        SocketTimeoutException timeout = find(failure, SocketTimeoutException.class);
        if (timeout != null) {
            return isConnectTimeout(timeout)
                    ? new RepeatableUpstreamFailure(504,
                            "The Millicast API accepted no connection within " + connectWait, false)
                    : new RepeatableUpstreamFailure(504,
                            "The Millicast API sent no answer within " + readWait, true);
        }
        String what = what(failure);
        if (find(failure, SSLHandshakeException.class) != null) {
            // a certificate the gateway does not trust stays untrusted however often it asks
            return new UpstreamUnavailableException(502, UNREACHABLE + what);
        }
        return new RepeatableUpstreamFailure(502, UNREACHABLE + what, mayHaveArrived(what));
    }

    /** A failure while the answer's body was being read: it is incomplete. */
    UpstreamUnavailableException whileReading(int status, IOException failure) {
        boolean outcomeUnknown = isSuccess(status);
        if (find(failure, SocketTimeoutException.class) != null) {
            return new RepeatableUpstreamFailure(504, "The Millicast API's answer (HTTP " + status
                    + ") stopped: no more of it came within " + readWait, outcomeUnknown);
        }
        return new RepeatableUpstreamFailure(502, "The Millicast API's answer (HTTP " + status
                + ") was cut off: " + what(failure), outcomeUnknown);
    }

    /** An answer that came whole but cannot be used; it is worth another try only when the API said it was unavailable. */
    static UpstreamUnavailableException unusable(int status, String message) {
        return RepeatableUpstreamFailure.saysUnavailable(status)
                ? new RepeatableUpstreamFailure(502, message, false)
                : new UpstreamUnavailableException(502, message, isSuccess(status));
    }

    /** An answer that broke off: worth another try; a success's change was made. */
    static UpstreamUnavailableException cutOff(int status, String message) {
        return new RepeatableUpstreamFailure(502, message, isSuccess(status));
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** The connection was there and the request written, as far as the gateway knows, when it broke. */
    private static boolean mayHaveArrived(String what) {
        return what.equals("connection reset") || what.equals("the connection was closed before the answer was complete")
                || what.equals("the connection failed");
    }

    private static String what(Throwable failure) {
        if (find(failure, UnknownHostException.class) != null) {
            return "its host name could not be resolved";
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return "no route to its host";
        }
        ConnectException refused = find(failure, ConnectException.class);
        if (refused != null) {
            return mentions(refused, "timed out") ? "connecting timed out" : "connection refused";
        }
        if (find(failure, SSLHandshakeException.class) != null) {
            return handshake(failure);
        }
        if (mentions(failure, "connection reset")) {
            return "connection reset";
        }
        if (mentions(failure, "broken pipe")) {
            return "the connection was closed while the request was being sent";
        }
        if (mentions(failure, "unexpected end of file") || mentions(failure, "premature eof")) {
            return "the connection was closed before the answer was complete";
        }
        if (find(failure, SSLException.class) != null) {
            return "the TLS connection failed";
        }
        return "the connection failed";
    }

    private static String handshake(Throwable failure) {
        CertificateException certificate = find(failure, CertificateException.class);
        if (certificate != null && mentions(certificate, "subject alternative names")) {
            return "TLS handshake failed: its certificate is not for this host name";
        }
        if (certificate != null || find(failure, GeneralSecurityException.class) != null) {
            return "TLS handshake failed: its certificate is not trusted";
        }
        return "TLS handshake failed";
    }

    private static boolean isConnectTimeout(SocketTimeoutException timeout) {
        return mentions(timeout, "connect");
    }

    /** Whether the failure or one of its causes says this, in any case. */
    private static boolean mentions(Throwable failure, String words) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** {@code 15 s}, {@code 1.5 s}. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
