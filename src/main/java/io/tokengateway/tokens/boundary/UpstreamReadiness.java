package io.tokengateway.tokens.boundary;

import io.tokengateway.tokens.control.UpstreamCircuit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}, the upstream's part: not ready while the circuit breaker towards the Millicast API is open
 * (the gateway answers token calls with 503 then), ready again when it closes. Names no host.
 */
@ApplicationScoped
@Readiness
public class UpstreamReadiness implements HealthCheck {

    @Inject
    UpstreamCircuit circuit;

    @Override
    public HealthCheckResponse call() {
        boolean open = circuit.isOpen();
        return HealthCheckResponse.named("upstream").status(!open).withData("circuit", open ? "open" : "closed").build();
    }
}
