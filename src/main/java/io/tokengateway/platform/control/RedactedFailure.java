package io.tokengateway.platform.control;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A copy of an exception for the log: the same class name, stack frames, causes and suppressed exceptions, each
 * message passed through a redaction. Its own class name never shows: {@link #toString()} is the original's form.
 */
final class RedactedFailure extends Throwable {

    private static final long serialVersionUID = 1L;

    private final String originalClass;

    private RedactedFailure(String originalClass, String message) {
        super(message);
        this.originalClass = originalClass;
    }

    static Throwable of(Throwable failure, UnaryOperator<String> redact) {
        return failure == null ? null : copy(failure, redact, new IdentityHashMap<>());
    }

    private static RedactedFailure copy(Throwable original, UnaryOperator<String> redact, Map<Throwable, RedactedFailure> seen) {
        RedactedFailure known = seen.get(original);
        if (known != null) {
            return known; // a cause cycle: printStackTrace marks it as circular
        }
        String message = original.getMessage() == null ? null : redact.apply(original.getMessage());
        RedactedFailure copy = new RedactedFailure(original.getClass().getName(), message);
        seen.put(original, copy);
        copy.setStackTrace(original.getStackTrace());
        Throwable cause = original.getCause();
        if (cause != null && cause != original) {
            copy.initCause(copy(cause, redact, seen));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, redact, seen));
        }
        return copy;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}
