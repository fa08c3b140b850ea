package io.tokengateway.security.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a person: any of a new role, a new password, disabled or enabled; absent members stay as they are. */
public record UserChange(
        @Pattern(regexp = UserRules.ROLE, message = UserRules.ROLE_MESSAGE) String role,
        @Size(min = UserRules.PASSWORD_MIN, max = 256, message = UserRules.PASSWORD_MESSAGE) String password,
        Boolean disabled) {

    public boolean isEmpty() {
        return role == null && password == null && disabled == null;
    }
}
