package io.tokengateway.security.entity;

import java.time.Instant;
import java.util.List;

/** An API key as listed: never its secret. {@code masters} is null for a key that is not limited to subscribe tokens. */
public record ApiKeyView(long id, String label, String role, String prefix, String createdBy, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt, boolean revoked, List<Integer> masters) {

    public static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.getId(), key.getLabel(), key.getRole().id(), "tgw_" + key.getKeyPrefix(),
                key.getCreatedBy(), key.getCreatedAt(), key.getLastUsedAt(), key.getRevokedAt(), key.isRevoked(),
                key.masterLimit().map(List::copyOf).orElse(null));
    }
}
