package io.tokengateway.security.entity;

import java.time.Instant;

/** A person as listed: never the password hash. */
public record UserView(String name, String role, boolean disabled, Instant createdAt) {

    public static UserView of(GatewayUser user) {
        return new UserView(user.getName(), user.getRole().id(), user.isDisabled(), user.getCreatedAt());
    }
}
