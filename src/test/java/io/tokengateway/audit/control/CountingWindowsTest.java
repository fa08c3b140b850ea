package io.tokengateway.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counted rows: one per key and window, written once the window has ended, everything at a stop, nothing twice. */
class CountingWindowsTest {

    private static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

    private final SettableClock clock = new SettableClock(START);
    private final List<String> rows = new ArrayList<>();
    private final CountingWindows<String> windows = new CountingWindows<>(Duration.ofMinutes(1), 3, key -> "others",
            (key, count, from, to) -> rows.add(key + " ×" + count + " " + from + "–" + to), clock);

    @Test
    void aWindowIsWrittenOnceItHasEndedAndNeverTwice() {
        for (int i = 0; i < 5; i++) {
            windows.count("minted");
        }
        windows.count("refused");
        windows.writeEnded();
        assertEquals(List.of(), rows, "the window has not ended");

        clock.advance(Duration.ofSeconds(61));
        windows.count("minted");
        windows.writeEnded();
        windows.writeEnded();

        assertEquals(List.of("minted ×5 2026-11-29T10:00:00Z–2026-11-29T10:01:00Z",
                "refused ×1 2026-11-29T10:00:00Z–2026-11-29T10:01:00Z"), rows.stream().sorted().toList());
    }

    @Test
    void aStopWritesWhatIsStillCounting() {
        windows.count("minted");
        windows.count("minted");
        windows.stop();
        assertEquals(List.of("minted ×2 2026-11-29T10:00:00Z–2026-11-29T10:01:00Z"), rows);
    }

    @Test
    void pastTheBoundFurtherKeysAreCountedTogether() {
        for (String key : List.of("a", "b", "c", "d", "e", "a")) {
            windows.count(key);
        }
        windows.stop();
        assertEquals(List.of("a ×2", "b ×1", "c ×1", "others ×2"),
                rows.stream().map(r -> r.substring(0, r.indexOf(" 2026"))).sorted().toList());
    }
}
