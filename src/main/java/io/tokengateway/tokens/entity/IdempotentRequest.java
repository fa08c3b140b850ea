package io.tokengateway.tokens.entity;

import io.tokengateway.contract.entity.UpstreamResponse;
import java.util.Optional;

/**
 * A create that was sent with an Idempotency-Key, as the store keeps it: what the request was (a fingerprint of
 * its method, path and body) and, once it is done, its answer.
 */
public record IdempotentRequest(String fingerprint, Optional<UpstreamResponse> answer) {

    public boolean isDone() {
        return answer.isPresent();
    }

    public boolean isSameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }
}
