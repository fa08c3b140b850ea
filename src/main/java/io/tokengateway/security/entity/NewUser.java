package io.tokengateway.security.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to add: a login name, a role and a first password. */
public record NewUser(
        @NotNull(message = "name is required")
        @Pattern(regexp = UserRules.NAME, message = UserRules.NAME_MESSAGE) String name,
        @NotNull(message = "role is required")
        @Pattern(regexp = UserRules.ROLE, message = UserRules.ROLE_MESSAGE) String role,
        @NotNull(message = "password is required")
        @Size(min = UserRules.PASSWORD_MIN, max = 256, message = UserRules.PASSWORD_MESSAGE) String password) {
}
