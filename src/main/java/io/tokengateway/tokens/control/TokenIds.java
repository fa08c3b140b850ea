package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a token id, which Millicast types as a positive 32-bit integer; clients send it as a number or text. */
public final class TokenIds {

    static final String MESSAGE = "tokenId must be a whole number from 1 to 2147483647";
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    /** {@code [0-9]}, never {@code \p{Nd}}: only ASCII digits make an id. */
    private static final Pattern ASCII_DIGITS = Pattern.compile("[\\t\\n\\u000B\\f\\r ]*([0-9]{1,10})[\\t\\n\\u000B\\f\\r ]*");

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

    /**
     * ASCII digits, with ASCII white space around them allowed (as .NET's int binding does); other scripts' digits
     * ({@code ٧}, {@code ７}) and other spaces are no id.
     *
     * @throws InvalidRequestException on a non-numeric or out-of-range id
     */
    public static int parse(String text) {
        Matcher digits = text == null ? null : ASCII_DIGITS.matcher(text);
        if (digits == null || !digits.matches()) {
            throw InvalidRequestException.of("tokenId", MESSAGE);
        }
        return inRange(new BigInteger(digits.group(1)));
    }

    private static int inRange(BigInteger id) {
        if (id.signum() <= 0 || id.compareTo(MAX) > 0) {
            throw InvalidRequestException.of("tokenId", MESSAGE);
        }
        return id.intValue();
    }
}
