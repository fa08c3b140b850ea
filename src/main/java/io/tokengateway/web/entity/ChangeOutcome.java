package io.tokengateway.web.entity;

import io.tokengateway.audit.entity.AuditOutcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What came of a console change: whether it was done, the status and reason its audit row gives (e.g. 200, or
 * 404 and {@code no such key}), and the sentence the person reads. A change that learns which token it touched,
 * or sums itself up better once done, carries that too; otherwise the {@link ConsoleChange}'s own is used.
 */
public record ChangeOutcome(boolean done, int status, String reason, String message, Integer tokenId,
        String tokenLabel, String summary) {

    public static ChangeOutcome done(String message) {
        return done(200, message);
    }

    public static ChangeOutcome done(int status, String message) {
        return new ChangeOutcome(true, status, null, message, null, null, null);
    }

    /** Not done: refused by a rule, by the upstream API, or not found; {@code reason} may be {@code null}. */
    public static ChangeOutcome failed(int status, String reason, String message) {
        return new ChangeOutcome(false, status, reason, message, null, null, null);
    }

    /** The request broke validation rules: 400, the fields in the audit row, every problem for the person. */
    public static ChangeOutcome invalid(Map<String, List<String>> errors) {
        return failed(400, AuditOutcome.validation(errors.keySet()),
                errors.values().stream().flatMap(List::stream).collect(Collectors.joining("; ")));
    }

    public ChangeOutcome aboutToken(Integer id, String label) {
        return new ChangeOutcome(done, status, reason, message, id, label, summary);
    }

    public ChangeOutcome summarised(String text) {
        return new ChangeOutcome(done, status, reason, message, tokenId, tokenLabel, text);
    }
}
