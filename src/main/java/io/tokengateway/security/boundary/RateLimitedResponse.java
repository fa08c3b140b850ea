package io.tokengateway.security.boundary;

import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;

/** The one answer to a caller over its rate: 429 with {@code Retry-After} in Millicast's fail envelope. */
public final class RateLimitedResponse {

    private RateLimitedResponse() {
    }

    /**
     * @param retryAfter as {@code RateLimiter.tryAcquire} returns it: whole seconds, at least one
     * @param perSecond the configured limit, named in the message
     * @param what {@code changes} or {@code reads}
     */
    public static Response tooMany(Duration retryAfter, double perSecond, String what) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(retryAfter))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.failMessage(message(perSecond, what)).toString())
                .build();
    }

    static String message(double perSecond, String what) {
        String rate = BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString();
        return "Too Many Requests: at most " + rate + " " + what + " per second per credential";
    }

    static long retryAfterSeconds(Duration retryAfter) {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
