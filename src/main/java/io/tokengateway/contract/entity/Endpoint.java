package io.tokengateway.contract.entity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which Millicast operation a method and path call, with the token id read from the path.
 *
 * @param tokenId empty when the operation has no id, or when the id segment is not a 32-bit integer
 *                (a request {@code MillicastRules.check} refuses with 400)
 */
public record Endpoint(Operation operation, OptionalInt tokenId) {

    public Endpoint {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(tokenId, "tokenId");
    }

    public TokenKind kind() {
        return operation.kind();
    }

    public boolean isChange() {
        return operation.isChange();
    }
}
