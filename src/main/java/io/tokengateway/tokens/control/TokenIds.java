package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;

/** Reads a token id, which Millicast types as a positive 32-bit integer; clients send it as a number or text. */
public final class TokenIds {

    static final String MESSAGE = "tokenId must be a whole number from 1 to 2147483647";
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private TokenIds() {
    }

    /** @throws InvalidRequestException on a missing, non-numeric or out-of-range id */
    public static int parse(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return inRange(number.bigIntegerValue());
        }
        if (value instanceof JsonString text) {
            return parse(text.getString());
        }
        throw InvalidRequestException.of("tokenId", MESSAGE);
    }

    /** @throws InvalidRequestException on a non-numeric or out-of-range id */
    public static int parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,10}")) {
            throw InvalidRequestException.of("tokenId", MESSAGE);
        }
        return inRange(new BigInteger(text.strip()));
    }

    private static int inRange(BigInteger id) {
        if (id.signum() <= 0 || id.compareTo(MAX) > 0) {
            throw InvalidRequestException.of("tokenId", MESSAGE);
        }
        return id.intValue();
    }
}
