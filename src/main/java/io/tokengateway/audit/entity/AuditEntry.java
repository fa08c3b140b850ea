package io.tokengateway.audit.entity;

import java.util.Collection;

/**
 * What happened, as a caller tells the audit trail: the action, the token it touched (if any), a short summary
 * and the outcome such as {@code 200}, {@code 400 validation: label} or {@code 502 upstream unreachable}.
 * Summaries describe the change (names, flags, counts), never token strings, passwords or keys.
 * Nothing here throws: a missing action or outcome is stored as {@code unknown} rather than failing the caller.
 */
public record AuditEntry(String action, Integer tokenId, String tokenLabel, String summary, String outcome) {

    public static final String SUCCESS = "200";

    public static AuditEntry of(String action, String outcome) {
        return new AuditEntry(action, null, null, null, outcome);
    }

    /** The action was done: outcome {@code 200}. */
    public static AuditEntry succeeded(String action) {
        return of(action, SUCCESS);
    }

    /** The action was refused or failed, e.g. {@code failed("token.delete", 403, "forbidden")}: {@code 403 forbidden}. */
    public static AuditEntry failed(String action, int status, String reason) {
        return of(action, outcome(status, reason));
    }

    /** The request broke validation rules: {@code 400 validation: label, streams}. */
    public static AuditEntry invalid(String action, Collection<String> fields) {
        return failed(action, 400, fields.isEmpty() ? "validation" : "validation: " + String.join(", ", fields));
    }

    /** {@code 502 upstream unreachable}, or just {@code 502} without a reason. */
    public static String outcome(int status, String reason) {
        return reason == null || reason.isBlank() ? Integer.toString(status) : status + " " + reason.strip();
    }

    public AuditEntry forToken(Integer id, String label) {
        return new AuditEntry(action, id, label, summary, outcome);
    }

    public AuditEntry withSummary(String text) {
        return new AuditEntry(action, tokenId, tokenLabel, text, outcome);
    }

    public AuditEntry withOutcome(String text) {
        return new AuditEntry(action, tokenId, tokenLabel, summary, text);
    }

    public AuditEntry withOutcome(int status, String reason) {
        return withOutcome(outcome(status, reason));
    }
}
