package io.tokengateway.tokens.boundary;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.control.UpstreamCircuit;
import io.tokengateway.tokens.entity.TokenListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}, the upstream's part: ready when the circuit breaker towards the Millicast API is closed and
 * the API answered a call with success within {@code gateway.health.upstream.fresh.seconds}; when it has not (a
 * quiet gateway), a cheap probe decides: a list of one publish token, through the same breaker and throttle as every
 * call. Not ready while the breaker is open (token calls are answered 503 then) or the probe fails. Names no host.
 */
@ApplicationScoped
@Readiness
public class UpstreamReadiness implements HealthCheck {

    @Inject
    UpstreamCircuit circuit;

    @Inject
    TokenGateway gateway;

    @Inject
    @ConfigProperty(name = "gateway.health.upstream.fresh.seconds", defaultValue = "60")
    long freshSeconds;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("upstream");
        if (circuit.isOpen()) {
            return check.down().withData("circuit", "open").build();
        }
        check.withData("circuit", "closed");
        if (circuit.answeredWithin(Duration.ofSeconds(freshSeconds))) {
            return check.up().withData("answered", "within " + freshSeconds + " s").build();
        }
        UpstreamResponse probe = gateway.listPublishTokens(new TokenListQuery(1, 1, "AddedOn", true));
        return check.status(probe.status() / 100 == 2).withData("probe", probe.status()).build();
    }
}
