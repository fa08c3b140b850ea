package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores one audit row in a transaction of its own, so that it stays when the caller's work is rolled back.
 * A separate bean from {@link AuditTrail} so that a failed commit reaches the trail's catch.
 */
@ApplicationScoped
public class AuditWriter {

    /*
     * A plain INSERT instead of persist(): EclipseLink 4.0 reads an IDENTITY key back with H2's CALL IDENTITY(),
     * which H2 2.x no longer has, and the audit trail never needs the new id. CAST: EclipseLink binds a null
     * parameter as VARCHAR, which PostgreSQL refuses for an INTEGER column.
     */
    static final String INSERT = "INSERT INTO audit_event (occurred_at, actor, actor_kind, actor_role, client_address,"
            + " action, token_id, token_label, summary, outcome, token_kind)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS INTEGER), ?8, ?9, ?10, ?11)";

    @PersistenceContext(unitName = "gateway")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(AuditRow event) {
        int rows = entityManager.createNativeQuery(INSERT)
                .setParameter(1, LocalDateTime.ofInstant(event.getOccurredAt(), ZoneOffset.UTC))
                .setParameter(2, event.getActor())
                .setParameter(3, event.getActorKind())
                .setParameter(4, event.getActorRole())
                .setParameter(5, event.getClientAddress())
                .setParameter(6, event.getAction())
                .setParameter(7, event.getTokenId())
                .setParameter(8, event.getTokenLabel())
                .setParameter(9, event.getSummary())
                .setParameter(10, event.getOutcome())
                .setParameter(11, event.getTokenKind())
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("Inserted " + rows + " audit rows instead of 1");
        }
    }
}
