package io.tokengateway.security.boundary;

import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;

/** The one answer to a caller over its change rate: 429 with {@code Retry-After} in Millicast's fail envelope. */
public final class RateLimitedResponse {

    private RateLimitedResponse() {
    }

    /**
     * @param retryAfter as {@code RateLimiter.tryAcquire} returns it: whole seconds, at least one
     * @param changesPerSecond the configured limit, named in the message
     */
    public static Response tooManyChanges(Duration retryAfter, double changesPerSecond) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(retryAfter))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.failMessage(message(changesPerSecond)).toString())
                .build();
    }

    static String message(double changesPerSecond) {
        String rate = BigDecimal.valueOf(changesPerSecond).stripTrailingZeros().toPlainString();
        return "Too Many Requests: at most " + rate + " changes per second per credential";
    }

    static long retryAfterSeconds(Duration retryAfter) {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
