package io.tokengateway.contract.control;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads the {@code {tokenId}} path segment (already percent-decoded), which the API binds as a 32-bit integer:
 * ASCII digits only. Other scripts' digits ({@code ٧}, {@code ７}), signs, spaces and anything else are no id.
 */
final class TokenIdSegment {

    /** {@code [0-9]}, not {@code \d} or {@link Character#isDigit}: those accept every script's digits. */
    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=[0-9])");

    private TokenIdSegment() {
    }

    /** The id, or empty when the segment is not ASCII digits of a non-negative 32-bit integer. */
    static OptionalInt parse(String segment) {
        if (segment == null || !ASCII_DIGITS.matcher(segment).matches()) {
            return OptionalInt.empty();
        }
        String digits = LEADING_ZEROS.matcher(segment).replaceFirst("");
        if (digits.length() > 10) {
            return OptionalInt.empty();
        }
        long id = Long.parseLong(digits);
        return id > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) id);
    }

    /** The ASP.NET binding message for a segment that is no integer. */
    static String invalidMessage(String segment) {
        return "The value '" + segment + "' is not valid.";
    }
}
