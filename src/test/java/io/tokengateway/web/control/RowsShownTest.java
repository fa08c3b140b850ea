package io.tokengateway.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RowsShownTest {

    @Test
    void drawnEachRowHoldsItsOwnKey() {
        RowsShown shown = new RowsShown();

        assertEquals("bob", shown.get("bob"));
        assertEquals("12", shown.get(12L));
        assertTrue(shown.stillShows("bob"));
    }

    @Test
    void aRowThatShowedAnotherPersonWhenDrawnIsNoLongerTheSame() {
        RowsShown shown = new RowsShown();
        // posted back: the row now holding carol was drawn with bob (carol was added before bob meanwhile)
        shown.put("carol", "bob");
        shown.put("dave", "dave");
        shown.put(7L, "7");

        assertFalse(shown.stillShows("carol"));
        assertTrue(shown.stillShows("dave"));
        assertTrue(shown.stillShows(7L));
    }
}
