package io.tokengateway.security.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An API key to issue: what it is for, and the role it acts in. */
public record NewApiKey(
        @NotBlank(message = "label is required")
        @Size(max = 128, message = "label must be at most 128 characters") String label,
        @NotNull(message = "role is required")
        @Pattern(regexp = UserRules.ROLE, message = UserRules.ROLE_MESSAGE) String role) {
}
