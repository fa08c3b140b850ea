package io.tokengateway.security.entity;

import java.time.Instant;
import java.util.Optional;

/** How a password login went: the person on success, or why not. */
public record LoginOutcome(Optional<GatewayUser> user, Optional<Instant> lockedUntil) {

    public static LoginOutcome success(GatewayUser user) {
        return new LoginOutcome(Optional.of(user), Optional.empty());
    }

    public static LoginOutcome failure() {
        return new LoginOutcome(Optional.empty(), Optional.empty());
    }

    public static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Optional.empty(), Optional.of(until));
    }

    public boolean succeeded() {
        return user.isPresent();
    }
}
