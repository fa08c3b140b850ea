package io.tokengateway.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A program's credential: a label, a role, who made it and when, when it was last used, and whether it is revoked;
 * a {@code minter} key may be limited to named subscribe tokens (its masters). Only the key's public prefix and a
 * SHA-256 hash of its secret part are kept.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "SELECT k FROM ApiKey k WHERE k.keyPrefix = :prefix")
@NamedQuery(name = ApiKey.ALL, query = "SELECT k FROM ApiKey k ORDER BY k.id DESC")
public class ApiKey {

    public static final String BY_PREFIX = "ApiKey.byPrefix";
    public static final String ALL = "ApiKey.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 128)
    private String label;

    @Column(nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "key_prefix", nullable = false, unique = true, length = 32)
    private String keyPrefix;

    @Column(name = "secret_hash", nullable = false, length = 128)
    private String secretHash;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The subscribe token ids a minter key may mint for, comma-separated; null for any. */
    @Column(name = "masters", length = 1200)
    private String masters;

    protected ApiKey() {
    }

    public ApiKey(String label, Role role, String keyPrefix, String secretHash, String createdBy, Instant createdAt) {
        this.label = label;
        this.role = role;
        this.keyPrefix = keyPrefix;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A key limited to the subscribe tokens {@code masterIds} (in that order); none given: any. */
    public ApiKey limitedTo(List<Integer> masterIds) {
        this.masters = masterIds == null || masterIds.isEmpty() ? null
                : masterIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        return this;
    }

    /** The subscribe tokens this key may mint for; empty when it is not limited. */
    public Optional<Set<Integer>> masterLimit() {
        if (masters == null || masters.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(masters.split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Role getRole() {
        return role;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public void setLastUsedAt(Instant lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(Instant revokedAt) {
        this.revokedAt = revokedAt;
    }
}
