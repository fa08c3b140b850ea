package io.tokengateway.platform.boundary;

import io.tokengateway.platform.control.WarmUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}, the warm-up's part: down while the gateway warms up after its start ({@link WarmUp}). */
@ApplicationScoped
@Readiness
public class WarmUpHealth implements HealthCheck {

    @Inject
    WarmUp warmUp;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(warmUp.isOver()).build();
    }
}
