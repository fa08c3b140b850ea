package io.tokengateway.security.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * How a password login went: the person on success, or why not; with the name it claimed as it may be written
 * down (a known person's name, or an unknown name only as a hash and length).
 */
public record LoginOutcome(Optional<GatewayUser> user, Optional<Instant> lockedUntil, String claimant) {

    public static LoginOutcome success(GatewayUser user) {
        return new LoginOutcome(Optional.of(user), Optional.empty(), user.getName());
    }

    public static LoginOutcome failure(String claimant) {
        return new LoginOutcome(Optional.empty(), Optional.empty(), claimant);
    }

    public static LoginOutcome locked(Instant until, String claimant) {
        return new LoginOutcome(Optional.empty(), Optional.of(until), claimant);
    }

    public boolean succeeded() {
        return user.isPresent();
    }
}
