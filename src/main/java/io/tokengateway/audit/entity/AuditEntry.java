package io.tokengateway.audit.entity;

/**
 * What happened, as whoever acted tells the audit trail (a CDI event the trail observes): who, the action, the
 * token it touched (if any) and its kind ({@code publish} or {@code subscribe}: the two kinds number their tokens
 * apart), a short summary and the outcome ({@link AuditOutcome}). Summaries describe the change (names, flags,
 * counts), never token strings, passwords or keys; the trail redacts them anyway. Nothing here throws: a missing
 * action or outcome is stored as {@code unknown} rather than failing the caller.
 */
public record AuditEntry(Actor actor, String action, Integer tokenId, String tokenLabel, String summary, String outcome,
        String tokenKind) {

    /** An entry about no token, or about a token whose kind is not known. */
    public AuditEntry(Actor actor, String action, Integer tokenId, String tokenLabel, String summary, String outcome) {
        this(actor, action, tokenId, tokenLabel, summary, outcome, null);
    }

    /** {@code action} by {@code actor} with {@code outcome}, touching no token and without a summary. */
    public static AuditEntry of(Actor actor, String action, String outcome) {
        return new AuditEntry(actor, action, null, null, null, outcome);
    }
}
