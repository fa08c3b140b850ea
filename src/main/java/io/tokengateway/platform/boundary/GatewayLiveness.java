package io.tokengateway.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: the gateway's application answers at all (a restart is the cure when it does not). What it
 * depends on (the database, the upstream) is readiness, not liveness: an outage there must not restart the gateway.
 */
@ApplicationScoped
@Liveness
public class GatewayLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gateway");
    }
}
