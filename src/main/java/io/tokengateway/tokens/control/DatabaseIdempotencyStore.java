package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.tokens.entity.IdempotentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Idempotency-Keys in the {@code idempotent_request} table, each statement in a transaction of its own so that
 * a claim is visible to every other request (and instance) at once. A claim of a key that is held inserts nothing;
 * two claims at the very same moment: the primary key lets exactly one insert succeed, the other fails (and its
 * transaction rolls back). Rows older than the retention are removed when a key is claimed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DatabaseIdempotencyStore implements IdempotencyStore {

    @PersistenceContext(unitName = "gateway")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "gateway.idempotency.retention.hours", defaultValue = "24")
    long retentionHours;

    @Override
    public boolean claim(String credential, String key, String fingerprint, Instant now) {
        entityManager.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ?1")
                .setParameter(1, utc(oldestKept(now)))
                .executeUpdate();
        // a repeat finds the row and inserts nothing; only two claims at the very same moment meet the primary key
        return entityManager.createNativeQuery("INSERT INTO idempotent_request (credential, idempotency_key, fingerprint,"
                        + " created_at) SELECT CAST(?1 AS VARCHAR(160)), CAST(?2 AS VARCHAR(255)), CAST(?3 AS VARCHAR(64)),"
                        + " CAST(?4 AS TIMESTAMP) FROM (VALUES (0)) AS one(x) WHERE NOT EXISTS"
                        + " (SELECT 1 FROM idempotent_request WHERE credential = ?1 AND idempotency_key = ?2)")
                .setParameter(1, credential)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public Optional<IdempotentRequest> find(String credential, String key, Instant now) {
        List<?> rows = entityManager.createNativeQuery("SELECT fingerprint, answer_status, answer_body FROM idempotent_request"
                        + " WHERE credential = ?1 AND idempotency_key = ?2 AND created_at >= ?3")
                .setParameter(1, credential)
                .setParameter(2, key)
                .setParameter(3, utc(oldestKept(now)))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Optional<UpstreamResponse> answer = row[1] == null
                ? Optional.empty()
                : Optional.of(new UpstreamResponse(((Number) row[1]).intValue(), (String) row[2]));
        return Optional.of(new IdempotentRequest((String) row[0], answer));
    }

    @Override
    public void complete(String credential, String key, UpstreamResponse answer) {
        entityManager.createNativeQuery("UPDATE idempotent_request SET answer_status = ?1, answer_body = ?2"
                        + " WHERE credential = ?3 AND idempotency_key = ?4")
                .setParameter(1, answer.status())
                .setParameter(2, answer.body())
                .setParameter(3, credential)
                .setParameter(4, key)
                .executeUpdate();
    }

    @Override
    public void release(String credential, String key) {
        entityManager.createNativeQuery("DELETE FROM idempotent_request WHERE credential = ?1 AND idempotency_key = ?2")
                .setParameter(1, credential)
                .setParameter(2, key)
                .executeUpdate();
    }

    private Instant oldestKept(Instant now) {
        return now.minus(Duration.ofHours(Math.max(1, retentionHours)));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
