package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which requests are the warm-up's own: its marker, while it runs, from the loopback address only. */
class WarmUpTest {

    private final WarmUp warmUp = new WarmUp();

    @AfterEach
    void leave() {
        warmUp.leaveOwnRequest();
    }

    @Test
    void itsMarkerFromTheLoopbackAddressMarksTheThreadUntilTheRequestEnds() {
        assertTrue(warmUp.enterOwnRequest(warmUp.ownRequestMarker(), "127.0.0.1"));
        assertTrue(warmUp.isOwnRequestOnThisThread());

        warmUp.leaveOwnRequest();

        assertFalse(warmUp.isOwnRequestOnThisThread());
        assertTrue(warmUp.enterOwnRequest(warmUp.ownRequestMarker(), "::1"));
        warmUp.leaveOwnRequest();
        assertTrue(warmUp.enterOwnRequest(warmUp.ownRequestMarker(), "0:0:0:0:0:0:0:1"));
    }

    @Test
    void itsMarkerFromAnyOtherAddressIsNothing() {
        for (String address : new String[] {"10.0.0.7", "203.0.113.7", "::ffff:10.0.0.7", "127.0.0.1.example.com",
                "128.0.0.1", "", null}) {
            assertFalse(warmUp.enterOwnRequest(warmUp.ownRequestMarker(), address), String.valueOf(address));
            assertFalse(warmUp.isOwnRequestOnThisThread(), String.valueOf(address));
        }
    }

    @Test
    void anyOtherMarkerIsNothing() {
        String marker = warmUp.ownRequestMarker();
        for (String guess : new String[] {null, "", "a-guess", marker.substring(1), marker + "x",
                new WarmUp().ownRequestMarker()}) {
            assertFalse(warmUp.enterOwnRequest(guess, "127.0.0.1"), String.valueOf(guess));
        }
        assertFalse(warmUp.isOwnRequestOnThisThread());
        assertNotEquals(marker, new WarmUp().ownRequestMarker(), "each start has its own marker");
    }

    @Test
    void onceTheWarmUpIsOverItsMarkerIsNothing() {
        warmUp.stop();

        assertFalse(warmUp.enterOwnRequest(warmUp.ownRequestMarker(), "127.0.0.1"));
        assertFalse(warmUp.isOwnRequestOnThisThread());
    }

    @Test
    void theMarkIsPerThread() throws Exception {
        assertTrue(warmUp.enterOwnRequest(warmUp.ownRequestMarker(), "127.0.0.1"));
        boolean[] seenElsewhere = new boolean[1];
        Thread other = new Thread(() -> seenElsewhere[0] = warmUp.isOwnRequestOnThisThread());
        other.start();
        other.join();

        assertFalse(seenElsewhere[0]);
    }
}
