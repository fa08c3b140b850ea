package io.tokengateway.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says in the startup log, plainly, whether the gateway works on the sandbox or on the real Millicast API, and
 * ends the startup ({@link StartupEnd}, then the {@link WarmUp}) with a short banner: where the console is, sandbox
 * or not, and on a first start who logs in first and where their password is.
 */
@ApplicationScoped
public class StartupReport {

    @Inject
    GatewaySettings settings;

    @Inject
    Logger logger;

    @Inject
    @ConfigProperty(name = "gateway.console.url")
    String consoleUrl;

    @Inject
    WarmUp warmUp;

    @Resource
    ManagedExecutorService executor;

    /** How often the banner looks whether the warm-up is over. */
    static final Duration WARM_UP_LOOK = Duration.ofMillis(200);

    private volatile String firstLogin;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (settings.isSandbox()) {
            logger.warning("Token Gateway is running in SANDBOX mode: no Millicast API secret is configured "
                    + "(MILLICAST_API_SECRET or MILLICAST_API_SECRET_FILE). Tokens are simulated in memory; "
                    + "they are not Dolby.io tokens and are lost at restart.");
        } else {
            logger.log(Level.INFO, "Token Gateway is using the Millicast API at {0}", settings.apiUrl());
        }
        StartupEnd end = new StartupEnd().watch();
        executor.execute(() -> bannerAfter(end));
    }

    /**
     * Puts a first login into the banner: who, and where their password is.
     *
     * @param wherePassword e.g. {@code the password in /data/initial-admin-password}
     */
    public void firstLogin(String name, String wherePassword) {
        firstLogin = name + ", with " + wherePassword;
    }

    private void bannerAfter(StartupEnd end) {
        try {
            int port = URI.create(consoleUrl).getPort();
            end.await(port > 0 ? port : 443);
            while (!warmUp.isOver()) {
                Thread.sleep(WARM_UP_LOOK.toMillis());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException badUrl) {
            // an unusable console URL: the banner says it as it is, without waiting
        }
        logger.log(settings.isSandbox() ? Level.WARNING : Level.INFO, banner(consoleUrl, settings.isSandbox(),
                settings.isSandbox() ? null : settings.apiUrl().toString(), firstLogin));
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
