package io.tokengateway.security.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person changes their own password: the current one proves it is them. */
public record OwnPasswordChange(
        @NotNull(message = "currentPassword is required") String currentPassword,
        @NotNull(message = UserRules.PASSWORD_MESSAGE)
        @Size(min = UserRules.PASSWORD_MIN, max = 256, message = UserRules.PASSWORD_MESSAGE) String newPassword) {
}
