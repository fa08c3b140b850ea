package io.tokengateway.tokens.control;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Retry-After} header: read in either of its forms (seconds or an HTTP date), written in whole seconds. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** How long the header asks to wait from now; empty when it is missing or not understood. */
    static Optional<Duration> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration left = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(left.isNegative() ? Duration.ZERO : left);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** Whole seconds, rounded up, at least 1: {@code 3}. */
    static String seconds(Duration wait) {
        return Long.toString(wholeSeconds(wait));
    }

    static long wholeSeconds(Duration wait) {
        long millis = wait.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
