package io.tokengateway.tokens.entity;

import jakarta.validation.constraints.Size;

/** The parts of an update the gateway checks before it goes upstream. */
public record TokenChanges(@Size(max = 128, message = "label must be at most 128 characters") String label) {
}
