package io.tokengateway.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConsoleTimeTest {

    private final ConsoleTime time = new ConsoleTime(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void anApiTimeIsShownInOneFormatWithItsInstantForTheScript() {
        assertEquals("2026-12-03 06:02 UTC", time.text("2026-12-03T06:02:58.052266Z"));
        assertEquals("2026-12-03T06:02:58Z", time.iso("2026-12-03T06:02:58.052266Z"));
        assertEquals("2026-11-28 10:00 UTC", time.text(Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Test
    void relativeWordingCountsMinutesHoursThenDays() {
        assertEquals("in 45 minutes", time.relative("2026-11-29T12:45:00Z"));
        assertEquals("1 minute ago", time.relative("2026-11-29T11:59:00Z"));
        assertEquals("in 5 hours", time.relative("2026-11-29T17:00:00Z"));
        assertEquals("2 days ago", time.relative("2026-11-27T12:00:00Z"));
        assertEquals("just now", time.relative("2026-11-29T12:00:30Z"));
    }

    @Test
    void anExpiryIsNeverInTheFutureOrPast() {
        assertEquals("never expires", time.expiry(null));
        assertEquals("expires in 45 minutes", time.expiry("2026-11-29T12:45:00Z"));
        assertEquals("expired 2 days ago", time.expiry("2026-11-27T12:00:00Z"));
        assertTrue(time.isPast("2026-11-27T12:00:00Z"));
        assertFalse(time.isPast("2026-11-29T12:45:00Z"));
    }

    @Test
    void textThatIsNoTimeIsShownAsItIs() {
        assertEquals("soon", time.text("soon"));
        assertEquals("", time.iso("soon"));
        assertEquals("", time.relative(null));
    }
}
