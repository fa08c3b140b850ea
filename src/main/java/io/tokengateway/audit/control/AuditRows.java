package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditEvent;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.CallerKind;
import io.tokengateway.security.entity.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

/**
 * Turns who and what into the row to store: every text redacted first, then cut to its column,
 * so that a cut can never split a secret out of the redactor's sight.
 */
final class AuditRows {

    static final String ELLIPSIS = "…";
    static final String UNKNOWN = "unknown";

    private AuditRows() {
    }

    static AuditEvent row(CallerIdentity who, AuditEntry what, Instant when, UnaryOperator<String> redact) {
        CallerIdentity caller = who == null ? CallerIdentity.anonymous(null) : who;
        return new AuditEvent(
                // both databases keep microseconds
                when.truncatedTo(ChronoUnit.MICROS),
                clean(actor(caller), AuditEvent.ACTOR_LENGTH, redact),
                caller.kind().id(),
                caller.role().map(Role::id).orElse(null),
                clean(caller.clientAddress(), AuditEvent.ADDRESS_LENGTH, redact),
                clean(orUnknown(what.action()), AuditEvent.ACTION_LENGTH, redact),
                what.tokenId(),
                clean(what.tokenLabel(), AuditEvent.LABEL_LENGTH, redact),
                clean(what.summary(), AuditEvent.SUMMARY_LENGTH, redact),
                clean(orUnknown(what.outcome()), AuditEvent.OUTCOME_LENGTH, redact));
    }

    /** A person by login name; a program by its key's label and id, since labels need not be unique. */
    static String actor(CallerIdentity caller) {
        String name = orUnknown(caller.name());
        return caller.kind() == CallerKind.API_KEY ? name + " (key " + caller.credentialId() + ")" : name;
    }

    /** For the columns that may not be empty. */
    static String orUnknown(String text) {
        return text == null || text.isBlank() ? UNKNOWN : text;
    }

    static String clean(String text, int columnLength, UnaryOperator<String> redact) {
        return cut(redact.apply(text), columnLength);
    }

    /** At most {@code length} characters; a cut text ends in an ellipsis and never splits a surrogate pair. */
    static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = length - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
