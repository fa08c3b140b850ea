package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void readsSecondsAndHttpDates() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 "));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        long seconds = RetryAfter.parse(inAMinute).orElseThrow().toSeconds();
        assertTrue(seconds > 55 && seconds <= 60, Long.toString(seconds));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 01 Jan 2001 00:00:00 GMT"));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertEquals(Optional.empty(), RetryAfter.parse(null));
        assertEquals(Optional.empty(), RetryAfter.parse(""));
        assertEquals(Optional.empty(), RetryAfter.parse("soon"));
    }

    @Test
    void writesWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals("1", RetryAfter.seconds(Duration.ZERO));
        assertEquals("1", RetryAfter.seconds(Duration.ofMillis(1)));
        assertEquals("2", RetryAfter.seconds(Duration.ofMillis(1001)));
        assertEquals("30", RetryAfter.seconds(Duration.ofSeconds(30)));
    }
}
