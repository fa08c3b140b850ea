package io.tokengateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Writes down a fault of the gateway itself (not a client's mistake): one SEVERE record with a fresh reference,
 * where it happened, and the whole stack trace with every cause. The caller hands the reference to the client in
 * its 500 answer, so that an operator finds the record from what the client reports. Exception messages can
 * quote request values or a driver's statement: each message in the chain is redacted, the stack frames are kept.
 */
@ApplicationScoped
public class FaultLog {

    private static final Logger LOGGER = Logger.getLogger(FaultLog.class.getName());

    @Inject
    Redactor redactor;

    public FaultLog() {
    }

    /** For tests and plain construction. */
    public FaultLog(Redactor redactor) {
        this.redactor = redactor;
    }

    /**
     * Logs {@code failure} met while serving {@code where} (e.g. {@code POST /millicast/createToken}); answers its
     * reference. A client that closed its connection before the answer was written is no fault of the gateway: one
     * INFO line without a stack trace (a load test's client stopping at its deadline wrote a SEVERE record and a
     * stack per open connection).
     */
    public String record(Throwable failure, String where) {
        String reference = UUID.randomUUID().toString();
        if (clientWentAway(failure)) {
            LOGGER.log(Level.INFO, "The client closed the connection before the answer to {0} was written ({1})",
                    new Object[] {redactor.redact(where), reference});
            return reference;
        }
        LogRecord entry = new LogRecord(Level.SEVERE, "Unexpected error {0} on {1}");
        entry.setParameters(new Object[] {reference, redactor.redact(where)});
        entry.setThrown(RedactedFailure.of(failure, redactor::redact));
        entry.setLoggerName(LOGGER.getName());
        LOGGER.log(entry);
        return reference;
    }

    /** An I/O failure on the client's connection in the chain (16 deep at most: a chain may be a circle). */
    static boolean clientWentAway(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 16; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("connection is closed") || message.contains("broken pipe")
                        || message.contains("connection reset") || cause.getClass().getSimpleName().contains("ClientAbort")) {
                    return true;
                }
            }
        }
        return false;
    }
}
