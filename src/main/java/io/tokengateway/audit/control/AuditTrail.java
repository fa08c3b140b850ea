package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditRow;
import io.tokengateway.platform.control.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes down who did what: whoever acts fires an {@link AuditEntry} (a CDI event), and the trail stores one row for
 * it, refused or not, in a transaction of its own. Every text is redacted first, then cut to its column, so that a
 * cut can never split a secret out of the redactor's sight. Never fails its caller: a row that cannot be written is
 * logged instead.
 */
@ApplicationScoped
public class AuditTrail {

    static final String ELLIPSIS = "…";
    static final String UNKNOWN = "unknown";

    @Inject
    AuditWriter writer;

    @Inject
    Redactor redactor;

    @Inject
    Logger logger;

    public void record(@Observes AuditEntry entry) {
        recordAt(entry, Instant.now());
    }

    /** A row for something that happened at another time than now, e.g. a counted row for a past minute. */
    public void recordAt(AuditEntry entry, Instant when) {
        try {
            writer.write(row(entry, when, redactor::redact));
        } catch (RuntimeException e) {
            Actor who = entry == null ? null : entry.actor();
            logger.log(Level.SEVERE, "Audit event {0} by {1} with outcome {2} not written: {3}", new Object[] {
                redactor.redact(entry == null ? null : entry.action()),
                redactor.redact(who == null ? null : who.kind() + ":" + who.name()),
                redactor.redact(entry == null ? null : entry.outcome()),
                redactor.redact(causes(e))});
        }
    }

    static AuditRow row(AuditEntry what, Instant when, UnaryOperator<String> redact) {
        Actor who = what.actor() == null ? Actor.anonymous(null, null) : what.actor();
        return new AuditRow(
                // both databases keep microseconds
                when.truncatedTo(ChronoUnit.MICROS),
                clean(orUnknown(who.name()), AuditRow.ACTOR_LENGTH, redact),
                cut(orUnknown(who.kind()), AuditRow.KIND_LENGTH),
                cut(who.role(), AuditRow.ROLE_LENGTH),
                clean(who.address(), AuditRow.ADDRESS_LENGTH, redact),
                clean(orUnknown(what.action()), AuditRow.ACTION_LENGTH, redact),
                cut(what.tokenKind(), AuditRow.KIND_LENGTH),
                what.tokenId(),
                clean(what.tokenLabel(), AuditRow.LABEL_LENGTH, redact),
                clean(what.summary(), AuditRow.SUMMARY_LENGTH, redact),
                clean(orUnknown(what.outcome()), AuditRow.OUTCOME_LENGTH, redact));
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

    /** The exception's chain, without its stack: the driver's messages may quote the statement's values. */
    static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
