package io.tokengateway.sandbox.entity;

/** A stream a token may use: an exact name, or a regular expression when {@code isRegex}. */
public record StreamName(String streamName, boolean isRegex) {
}
