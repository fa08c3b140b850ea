package io.tokengateway.tokens.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A stream a token may publish to: a name of 1–128 characters, or a regular expression when {@code isRegex}. */
public record StreamSpec(
        @NotNull(message = "streamName is required")
        @Size(min = 1, max = 128, message = "streamName must be 1 to 128 characters") String streamName,
        Boolean isRegex) {
}
