package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.tokens.entity.IdempotentRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Idempotency-Key store in memory, for tests without a database. */
public class MemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, IdempotentRequest> requests = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String credential, String key, String fingerprint, Instant now) {
        return requests.putIfAbsent(credential + " " + key, new IdempotentRequest(fingerprint, Optional.empty())) == null;
    }

    @Override
    public Optional<IdempotentRequest> find(String credential, String key, Instant now) {
        return Optional.ofNullable(requests.get(credential + " " + key));
    }

    @Override
    public void complete(String credential, String key, UpstreamResponse answer) {
        requests.computeIfPresent(credential + " " + key,
                (k, request) -> new IdempotentRequest(request.fingerprint(), Optional.of(answer)));
    }

    @Override
    public void release(String credential, String key) {
        requests.remove(credential + " " + key);
    }

    public int size() {
        return requests.size();
    }
}
