package io.tokengateway.audit.entity;

/**
 * What happened, as whoever acted tells the audit trail (a CDI event the trail observes): who, the action, the
 * token it touched (if any), a short summary and the outcome ({@link AuditOutcome}). Summaries describe the change
 * (names, flags, counts), never token strings, passwords or keys; the trail redacts them anyway. Nothing here
 * throws: a missing action or outcome is stored as {@code unknown} rather than failing the caller.
 */
public record AuditEntry(Actor actor, String action, Integer tokenId, String tokenLabel, String summary, String outcome) {

    /** {@code action} by {@code actor} with {@code outcome}, touching no token and without a summary. */
    public static AuditEntry of(Actor actor, String action, String outcome) {
        return new AuditEntry(actor, action, null, null, null, outcome);
    }
}
