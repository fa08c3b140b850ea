package io.tokengateway.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says in the startup log, plainly, whether the gateway works on the sandbox or on the real Millicast API, and
 * ends the startup with a short banner: where the console is, sandbox or not, and on a first start who logs in
 * first and where their password is. The banner waits until the console's port accepts connections and Payara
 * Micro has written its own last start-up line ({@code … ready in … (ms)}), so that it is what an operator reads
 * last; on a server that writes no such line (Payara Server) it comes a few seconds after the port answers.
 */
@ApplicationScoped
public class StartupReport {

    /** How long the banner waits for the console's port before it is written anyway. */
    static final Duration PORT_WAIT = Duration.ofMinutes(2);
    /** How long after the port answers the banner waits for Payara Micro's last start-up line. */
    static final Duration READY_LINE_WAIT = Duration.ofSeconds(10);
    /** Payara Micro's logger, whose {@code … ready in … (ms)} line ends its start-up. */
    static final String PAYARA_MICRO_LOGGER = "PayaraMicro";

    @Inject
    GatewaySettings settings;

    @Inject
    Logger logger;

    @Inject
    @ConfigProperty(name = "gateway.console.url")
    String consoleUrl;

    @Resource
    ManagedExecutorService executor;

    private volatile String firstLogin;
    private final CountDownLatch serverReady = new CountDownLatch(1);
    private final Handler readyLine = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String text = record.getMessage() == null ? "" : new SimpleFormatter().formatMessage(record);
            if (text.contains(" ready in ")) {
                serverReady.countDown();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (settings.isSandbox()) {
            logger.warning("Token Gateway is running in SANDBOX mode: no Millicast API secret is configured "
                    + "(MILLICAST_API_SECRET or MILLICAST_API_SECRET_FILE). Tokens are simulated in memory; "
                    + "they are not Dolby.io tokens and are lost at restart.");
        } else {
            logger.log(Level.INFO, "Token Gateway is using the Millicast API at {0}", settings.apiUrl());
        }
        Logger.getLogger(PAYARA_MICRO_LOGGER).addHandler(readyLine);
        executor.execute(this::bannerOnceTheConsoleAnswers);
    }

    /**
     * Puts a first login into the banner: who, and where their password is.
     *
     * @param wherePassword e.g. {@code the password in /data/initial-admin-password}
     */
    public void firstLogin(String name, String wherePassword) {
        firstLogin = name + ", with " + wherePassword;
    }

    private void bannerOnceTheConsoleAnswers() {
        try {
            awaitPort(URI.create(consoleUrl));
            if (serverReady.await(READY_LINE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                Thread.sleep(500); // the ready line reaches the log's own handlers just after ours
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException badUrl) {
            // an unusable console URL: the banner says it as it is, without waiting
        } finally {
            Logger.getLogger(PAYARA_MICRO_LOGGER).removeHandler(readyLine);
        }
        logger.log(settings.isSandbox() ? Level.WARNING : Level.INFO, banner(consoleUrl, settings.isSandbox(),
                settings.isSandbox() ? null : settings.apiUrl().toString(), firstLogin));
    }

    private static void awaitPort(URI console) throws InterruptedException {
        int port = console.getPort() > 0 ? console.getPort() : 443;
        Instant deadline = Instant.now().plus(PORT_WAIT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
    }

    /**
     * The banner's lines.
     *
     * @param apiUrl the Millicast API's URL, {@code null} in the sandbox
     * @param firstLogin who logs in first and with what, {@code null} when nobody has to
     */
    static String banner(String consoleUrl, boolean sandbox, String apiUrl, String firstLogin) {
        StringBuilder text = new StringBuilder("\n");
        text.append("==== Token Gateway is ready ====\n");
        text.append("  Console:     ").append(consoleUrl).append('\n');
        text.append("  Tokens:      ").append(sandbox
                ? "SANDBOX: simulated, not Dolby.io, lost at restart (set MILLICAST_API_SECRET to go live)"
                : "Dolby.io, through the Millicast API at " + apiUrl).append('\n');
        if (firstLogin != null) {
            text.append("  First login: ").append(firstLogin).append('\n');
        }
        text.append("================================");
        return text.toString();
    }
}
