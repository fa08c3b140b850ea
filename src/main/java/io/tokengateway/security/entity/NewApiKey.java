package io.tokengateway.security.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An API key to issue: what it is for, the role it acts in, and for a {@code minter} key optionally the subscribe
 * tokens ("masters") it may mint viewer tokens for (none given: any).
 */
public record NewApiKey(
        @NotBlank(message = "label is required")
        @Size(max = 128, message = "label must be at most 128 characters") String label,
        @NotNull(message = "role is required")
        @Pattern(regexp = UserRules.KEY_ROLE, message = UserRules.KEY_ROLE_MESSAGE) String role,
        @Size(min = 1, max = UserRules.MAX_KEY_MASTERS, message = "masters must list 1 to 100 subscribe token ids")
        List<@NotNull(message = "masters must list subscribe token ids") @Positive(message = "masters must list subscribe token ids") Integer> masters) {
}
