package io.tokengateway.platform.control;

import java.util.Optional;

/**
 * The account's Millicast API secret. It only ever leaves this object as an Authorization header value;
 * {@link #toString()} never shows it, so it cannot slip into a log line or an exception message.
 */
public final class ApiSecret {

    private final String value;

    private ApiSecret(String value) {
        this.value = value;
    }

    /** A secret from its text; blank text means there is none. */
    public static Optional<ApiSecret> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ApiSecret(text.strip()));
    }

    /** The value of the Authorization header that carries the secret upstream. */
    public String bearerHeader() {
        return "Bearer " + value;
    }

    /** Whether {@code text} contains the secret: used to keep it out of what the gateway writes. */
    public boolean appearsIn(String text) {
        return text != null && text.contains(value);
    }

    @Override
    public String toString() {
        return "ApiSecret[redacted]";
    }
}
