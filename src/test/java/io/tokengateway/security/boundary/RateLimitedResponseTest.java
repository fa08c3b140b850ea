package io.tokengateway.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Response itself needs a JAX-RS runtime; its parts are checked here, the whole in the system tests. */
class RateLimitedResponseTest {

    @Test
    void messageNamesTheConfiguredRateWithoutTrailingZeros() {
        assertEquals("Too Many Requests: at most 10 changes per second per credential",
                RateLimitedResponse.message(10.0, "changes"));
        assertEquals("Too Many Requests: at most 0.5 reads per second per credential",
                RateLimitedResponse.message(0.5, "reads"));
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(1, RateLimitedResponse.retryAfterSeconds(Duration.ZERO));
        assertEquals(1, RateLimitedResponse.retryAfterSeconds(Duration.ofMillis(100)));
        assertEquals(2, RateLimitedResponse.retryAfterSeconds(Duration.ofSeconds(2)));
        assertEquals(3, RateLimitedResponse.retryAfterSeconds(Duration.ofMillis(2001)));
    }
}
