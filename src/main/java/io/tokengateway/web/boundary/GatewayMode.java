package io.tokengateway.web.boundary;

import io.tokengateway.platform.control.GatewaySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells every page whether it works on the sandbox or on Dolby.io, for the banner in the shared template. */
@Named
@ApplicationScoped
public class GatewayMode {

    @Inject
    GatewaySettings settings;

    public boolean isSandbox() {
        return settings.isSandbox();
    }

    /** Where tokens live: the Millicast API's host, or the sandbox. */
    public String getUpstream() {
        return isSandbox() ? "built-in sandbox" : settings.apiUrl().getHost();
    }
}
