package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.tokens.entity.IdempotentRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Where Idempotency-Keys live: per credential and key, the first request's fingerprint and, once done, its answer.
 * Shared state (rule 5): the one implementation keeps it in the database, so a restart keeps it and several
 * instances share it. A key older than the retention is as good as unused.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for this request.
     *
     * @return false when another request holds the key ({@link #find} tells which)
     * @throws RuntimeException when it cannot, e.g. because another claim of the key won at the same moment
     */
    boolean claim(String credential, String key, String fingerprint, Instant now);

    /** The request that holds the key, if it is still kept. */
    Optional<IdempotentRequest> find(String credential, String key, Instant now);

    /** Keeps the answer of the request that claimed the key. */
    void complete(String credential, String key, UpstreamResponse answer);

    /** Gives the key up again (the request failed before it could reach the upstream). */
    void release(String credential, String key);
}
