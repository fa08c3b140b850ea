package io.tokengateway.audit.entity;

import java.util.Collection;

/**
 * The one place that writes an audit row's outcome: the HTTP status, then why, e.g. {@code 200},
 * {@code 403 forbidden}, {@code 400 validation: label, streams}, {@code 502 upstream unreachable},
 * and for a counted row {@code 401 Unauthorized ×312}.
 */
public final class AuditOutcome {

    public static final String SUCCESS = "200";

    private AuditOutcome() {
    }

    /** {@code 502 upstream unreachable}, or just {@code 502} without a reason. */
    public static String of(int status, String reason) {
        return reason == null || reason.isBlank() ? Integer.toString(status) : status + " " + reason.strip();
    }

    /** Why a request broke validation rules: {@code validation: label, streams}, or {@code validation} without fields. */
    public static String validation(Collection<String> fields) {
        return fields.isEmpty() ? "validation" : "validation: " + String.join(", ", fields);
    }

    /** {@code 400 validation: label, streams}. */
    public static String invalid(Collection<String> fields) {
        return of(400, validation(fields));
    }

    /** The outcome of {@code count} refusals written as one row: {@code 401 Unauthorized ×312}. */
    public static String counted(String outcome, long count) {
        return outcome + " ×" + count;
    }
}
