package io.tokengateway.viewers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The warm-up mints for real, with the minter's own code: tokens and refusals alike (both paths get hot), batches
 * now and then. (That it counts nothing and sends nothing upstream, WarmUpIT shows on a running gateway.)
 */
class MintWarmUpTest {

    private final MintWarmUp warmUp = new MintWarmUp();

    MintWarmUpTest() {
        warmUp.settings = new ViewerTokenSettings(86_400, 300, 3600, 2, "acc1");
        warmUp.logger = Logger.getLogger("test");
        warmUp.prepare();
    }

    @Test
    void roundsMintTokensAndRefuseInvalidViewersAndABatchComesNowAndThen() {
        for (int round = 1; round < MintWarmUp.BATCH_EVERY; round++) {
            MintAnswer answer = warmUp.mint(round);
            boolean valid = round % MintWarmUp.ONE_VIEWER.size() < 2;
            assertEquals(valid ? 200 : 400, answer.status(), answer.body());
            assertEquals(valid, answer.body().contains("\"token\":\"eyJ"), answer.body());
        }
        MintAnswer batch = warmUp.mint(MintWarmUp.BATCH_EVERY);
        assertEquals(200, batch.status(), batch.body());
        assertEquals(4, batch.body().split("\"token\":\"eyJ", -1).length - 1, batch.body());
        assertEquals(4, batch.body().split("\"errors\"", -1).length - 1, batch.body());
    }
}
