package io.tokengateway.security.entity;

import java.util.Optional;

/** A presented API key that is live (known, not revoked), and why it does not work now, if it does not. */
public record KeyCheck(ApiKey key, Optional<String> suspension) {

    public boolean works() {
        return suspension.isEmpty();
    }
}
