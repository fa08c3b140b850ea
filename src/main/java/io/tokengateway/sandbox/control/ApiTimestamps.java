package io.tokengateway.sandbox.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the API writes times (API.md §2, A1 examples): create responses with microseconds
 * ({@code 2024-12-03T06:02:58.052266Z}), every later read truncated to whole seconds ({@code 2024-12-03T06:02:58Z}).
 */
final class ApiTimestamps {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ApiTimestamps() {
    }

    static String micros(Instant instant) {
        return MICROS.format(instant);
    }

    static String seconds(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
