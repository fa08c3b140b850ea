package io.tokengateway.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One row of the audit trail ({@code audit_event}), as stored and as read: who did what, when, to which token,
 * and how it ended. The trail is told what happened by an {@link AuditEntry}; this is what it keeps of it.
 * The time is kept as a UTC {@link LocalDateTime}: JPA 3.1 maps it to a plain TIMESTAMP on H2 and PostgreSQL alike.
 */
@Entity
@Table(name = "audit_event")
public class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ACTOR_LENGTH = 128;
    public static final int KIND_LENGTH = 16;
    public static final int ROLE_LENGTH = 16;
    public static final int ADDRESS_LENGTH = 64;
    public static final int ACTION_LENGTH = 64;
    public static final int LABEL_LENGTH = 128;
    public static final int SUMMARY_LENGTH = 1024;
    public static final int OUTCOME_LENGTH = 256;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", length = ACTOR_LENGTH, nullable = false)
    private String actor;

    @Column(name = "actor_kind", length = KIND_LENGTH, nullable = false)
    private String actorKind;

    @Column(name = "actor_role", length = ROLE_LENGTH)
    private String actorRole;

    @Column(name = "client_address", length = ADDRESS_LENGTH)
    private String clientAddress;

    @Column(name = "action", length = ACTION_LENGTH, nullable = false)
    private String action;

    @Column(name = "token_id")
    private Integer tokenId;

    /** {@code publish} or {@code subscribe} when the row is about a token; none on rows older than schema version 5. */
    @Column(name = "token_kind", length = KIND_LENGTH)
    private String tokenKind;

    @Column(name = "token_label", length = LABEL_LENGTH)
    private String tokenLabel;

    @Column(name = "summary", length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "outcome", length = OUTCOME_LENGTH, nullable = false)
    private String outcome;

    protected AuditRow() {
    }

    /** A row not yet stored; the values must already fit their columns. */
    public AuditRow(Instant occurredAt, String actor, String actorKind, String actorRole, String clientAddress,
            String action, String tokenKind, Integer tokenId, String tokenLabel, String summary, String outcome) {
        this.occurredAt = LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.actor = actor;
        this.actorKind = actorKind;
        this.actorRole = actorRole;
        this.clientAddress = clientAddress;
        this.action = action;
        this.tokenKind = tokenKind;
        this.tokenId = tokenId;
        this.tokenLabel = tokenLabel;
        this.summary = summary;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }

    public String getActor() {
        return actor;
    }

    public String getActorKind() {
        return actorKind;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getAction() {
        return action;
    }

    public Integer getTokenId() {
        return tokenId;
    }

    public String getTokenKind() {
        return tokenKind;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public String getSummary() {
        return summary;
    }

    public String getOutcome() {
        return outcome;
    }
}
