package io.tokengateway.security.entity;

import java.time.Instant;

/** An API key as listed: never its secret. */
public record ApiKeyView(long id, String label, String role, String prefix, String createdBy, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt, boolean revoked) {

    public static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.getId(), key.getLabel(), key.getRole().id(), "tgw_" + key.getKeyPrefix(),
                key.getCreatedBy(), key.getCreatedAt(), key.getLastUsedAt(), key.getRevokedAt(), key.isRevoked());
    }
}
