package io.tokengateway.tokens.entity;

import java.io.Serializable;

/**
 * A stream a token may publish to, as Millicast answers it: a name, or a regular expression when {@code isRegex}.
 * What a request may name is judged by {@code contract.control.TokenRequestValidator}.
 */
public record StreamSpec(String streamName, Boolean isRegex) implements Serializable {
}
