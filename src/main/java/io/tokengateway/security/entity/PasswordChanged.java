package io.tokengateway.security.entity;

/** Fired when a person's password was changed, by themselves or by an admin; {@code name} is whose. */
public record PasswordChanged(String name) {
}
