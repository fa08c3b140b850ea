package io.tokengateway.tokens.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The parts of a create request the gateway checks before it goes upstream: a label and at least one stream. */
public record NewTokenRequest(
        @NotNull(message = "label is required")
        @Size(min = 1, max = 128, message = "label must be 1 to 128 characters") String label,
        @NotNull(message = "streams is required")
        @Size(min = 1, message = "streams must name at least one stream") List<@NotNull @Valid StreamSpec> streams) {
}
