package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.platform.control.Redactor;
import io.tokengateway.security.entity.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes down who did what: one row per change, refused or not, in a transaction of its own.
 * Never fails its caller: a row that cannot be written is logged instead.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditWriter writer;

    @Inject
    Redactor redactor;

    @Inject
    Logger logger;

    public void record(CallerIdentity who, AuditEntry what) {
        recordAt(who, what, Instant.now());
    }

    /** A row for something that happened at another time than now, e.g. a counted row for a past minute. */
    public void recordAt(CallerIdentity who, AuditEntry what, Instant when) {
        try {
            writer.write(AuditRows.row(who, what, when, redactor::redact));
        } catch (RuntimeException e) {
            logger.log(Level.SEVERE, "Audit event {0} by {1} with outcome {2} not written: {3}", new Object[] {
                redactor.redact(what == null ? null : what.action()),
                redactor.redact(who == null ? null : who.credentialKey()),
                redactor.redact(what == null ? null : what.outcome()),
                redactor.redact(causes(e))});
        }
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
