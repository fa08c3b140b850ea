package io.tokengateway.audit.entity;

import java.io.Serializable;

/** One audit event as the console and the API show it; {@code occurredAt} is an ISO-8601 instant in UTC. */
public record AuditRecord(long id, String occurredAt, String actor, String actorKind, String role,
        String clientAddress, String action, Integer tokenId, String tokenLabel, String summary, String outcome)
        implements Serializable {

    public static AuditRecord of(AuditEvent event) {
        return new AuditRecord(event.getId(), event.getOccurredAt().toString(), event.getActor(),
                event.getActorKind(), event.getActorRole(), event.getClientAddress(), event.getAction(),
                event.getTokenId(), event.getTokenLabel(), event.getSummary(), event.getOutcome());
    }
}
