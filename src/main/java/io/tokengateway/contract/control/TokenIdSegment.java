package io.tokengateway.contract.control;

import java.util.OptionalInt;

/** Reads the {@code {tokenId}} path segment, which the API binds as a 32-bit integer. */
final class TokenIdSegment {

    private TokenIdSegment() {
    }

    /** The id, or empty when the segment is not a 32-bit integer. */
    static OptionalInt parse(String segment) {
        try {
            return OptionalInt.of(Integer.parseInt(segment));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The ASP.NET binding message for a segment that is no integer. */
    static String invalidMessage(String segment) {
        return "The value '" + segment + "' is not valid.";
    }
}
