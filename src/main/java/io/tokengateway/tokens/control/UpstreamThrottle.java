package io.tokengateway.tokens.control;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps the gateway's calls to the Millicast API under one rate shared by all callers (default 50 per second, the
 * rate Dolby's own Python client keeps), and holds every call while the API has asked for none (an HTTP 429 with
 * {@code Retry-After}), so that the gateway itself never gets the account throttled.
 * <p>
 * The state is shared by every caller of one gateway. Today {@link LocalUpstreamThrottle} keeps it in this JVM;
 * with several instances the account's rate is one for all of them, so this state moves to the database or
 * Hazelcast (rule 5) behind this same interface.
 */
public interface UpstreamThrottle {

    /**
     * Takes a permit for one upstream call, waiting for it when the rate is spent.
     *
     * @param longestWait how long the caller can wait at most
     * @return empty when the call may go now; else how long until a permit would be free, and nothing was taken
     */
    Optional<Duration> acquire(Duration longestWait) throws InterruptedException;

    /** The API asked for no calls for this long (429 with {@code Retry-After}): hold every call until then. */
    void holdFor(Duration pause);

    /** How much longer calls are held after a 429; empty when they are not. */
    Optional<Duration> held();
}
