package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimedNamesTest {

    @Test
    void anUnknownNameIsWrittenOnlyAsAShortHashAndItsLength() {
        String typed = "Sup3r-Secret-Passw0rd";

        String written = ClaimedNames.unknown(typed);

        assertTrue(written.matches("unknown name #[0-9a-f]{8} \\(21 characters\\)"), written);
        assertFalse(written.contains("Sup3r"), written);
        assertFalse(written.toLowerCase().contains("secret"), written);
    }

    @Test
    void theSameUnknownNameGetsTheSameHashAndAnotherNameAnother() {
        assertEquals(ClaimedNames.unknown("mallory"), ClaimedNames.unknown("mallory"));
        assertNotEquals(ClaimedNames.unknown("mallory"), ClaimedNames.unknown("mallorz"));
    }
}
