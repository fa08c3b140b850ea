package io.tokengateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Says in the startup log, plainly, whether the gateway works on the sandbox or on the real Millicast API. */
@ApplicationScoped
public class StartupReport {

    @Inject
    GatewaySettings settings;

    @Inject
    Logger logger;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (settings.isSandbox()) {
            logger.warning("Token Gateway is running in SANDBOX mode: no Millicast API secret is configured "
                    + "(MILLICAST_API_SECRET or MILLICAST_API_SECRET_FILE). Tokens are simulated in memory; "
                    + "they are not Dolby.io tokens and are lost at restart.");
        } else {
            logger.log(Level.INFO, "Token Gateway is using the Millicast API at {0}", settings.apiUrl());
        }
    }
}
