package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class StartupEndTest {

    private final Logger payaraMicro = Logger.getLogger(StartupEnd.PAYARA_MICRO_LOGGER);

    @Test
    void theStartupEndsWithPayaraMicrosReadyLineAfterThePortAnswers() throws Exception {
        payaraMicro.setUseParentHandlers(false);
        try (ServerSocket console = new ServerSocket(0)) {
            StartupEnd end = new StartupEnd().watch();
            Instant logged = Instant.now().plusMillis(1500);
            CompletableFuture.runAsync(() -> payaraMicro.info("Payara Micro 6.2025.10 (build 42) ready in 34,732 (ms)"),
                    CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS));

            end.await(console.getLocalPort());

            assertTrue(Instant.now().isAfter(logged), "the end came before Payara Micro's last line");
            assertTrue(Duration.between(logged, Instant.now()).toSeconds() < 5, "it waited on after that line");
            assertEquals(0, payaraMicro.getHandlers().length, "it still watches the server's log");
        } finally {
            payaraMicro.setUseParentHandlers(true);
        }
    }

    @Test
    void otherLinesOfPayaraMicroDoNotEndIt() throws Exception {
        payaraMicro.setUseParentHandlers(false);
        try (ServerSocket console = new ServerSocket(0)) {
            StartupEnd end = new StartupEnd().watch();
            payaraMicro.info("Deployed 1 archive(s)");
            Instant start = Instant.now();

            end.await(console.getLocalPort());

            assertTrue(Duration.between(start, Instant.now()).compareTo(StartupEnd.READY_LINE_WAIT) >= 0,
                    "it ended without the ready line");
        } finally {
            payaraMicro.setUseParentHandlers(true);
        }
    }
}
