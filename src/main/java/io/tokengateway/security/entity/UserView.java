package io.tokengateway.security.entity;

import java.time.Instant;

/**
 * A person as listed: never the password hash. {@code locked}: failed logins locked their name from some address
 * (an admin can unlock it).
 */
public record UserView(String name, String role, boolean disabled, boolean locked, Instant createdAt) {

    public static UserView of(GatewayUser user, boolean locked) {
        return new UserView(user.getName(), user.getRole().id(), user.isDisabled(), locked, user.getCreatedAt());
    }
}
