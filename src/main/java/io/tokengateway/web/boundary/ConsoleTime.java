package io.tokengateway.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The console's one way of showing a time: {@code 2026-11-29 18:05 UTC} in a {@code <time datetime="…">} element
 * (the page's script rewrites it into the viewer's own time zone, in the same format), and where it helps a
 * wording such as "in 45 minutes" or "expired 2 days ago".
 */
@Named
@ApplicationScoped
public class ConsoleTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public ConsoleTime() {
        this(Clock.systemUTC());
    }

    ConsoleTime(Clock clock) {
        this.clock = clock;
    }

    /** The instant for the {@code datetime} attribute, e.g. {@code 2026-11-29T18:05:00Z}; empty when unreadable. */
    public String iso(Object apiTime) {
        Instant at = parse(apiTime);
        return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** The time as the console shows it, in UTC until the script shows it in the viewer's zone. */
    public String text(Object apiTime) {
        Instant at = parse(apiTime);
        return at == null ? (apiTime == null ? "" : apiTime.toString()) : SHOWN.format(at);
    }

    /** "in 45 minutes", "2 days ago", "just now". */
    public String relative(Object apiTime) {
        Instant at = parse(apiTime);
        if (at == null) {
            return "";
        }
        Duration between = Duration.between(clock.instant(), at);
        if (between.abs().toSeconds() < 60) {
            return "just now";
        }
        return between.isNegative() ? amount(between.negated()) + " ago" : "in " + amount(between);
    }

    /** For an expiry: "never", "expires in 45 minutes" or "expired 2 days ago". */
    public String expiry(Object apiTime) {
        Instant at = parse(apiTime);
        if (at == null) {
            return "never expires";
        }
        return at.isAfter(clock.instant()) ? "expires " + relative(apiTime) : "expired " + relative(apiTime);
    }

    /** Whether the time has passed (an expired token). */
    public boolean isPast(Object apiTime) {
        Instant at = parse(apiTime);
        return at != null && !at.isAfter(clock.instant());
    }

    private static String amount(Duration length) {
        long minutes = length.toMinutes();
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = length.toHours();
        if (hours < 48) {
            return plural(hours, "hour");
        }
        return plural(length.toDays(), "day");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    private static Instant parse(Object time) {
        if (time instanceof Instant instant) {
            return instant;
        }
        if (time == null || time.toString().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(time.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
