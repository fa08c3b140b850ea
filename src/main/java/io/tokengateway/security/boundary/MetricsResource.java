package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.MetricsText;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code GET /admin/metrics}: the gateway's metrics ({@code io.tokengateway.platform.entity.Meter}) and the server's
 * base metrics (MicroProfile Fault Tolerance's {@code ft_*}) in the Prometheus text format, for any caller of at
 * least the viewer role: a scraper gets a viewer key, never an admin's. Payara's own
 * {@code /metrics} stays closed, since the gateway's logins cannot guard it. Nothing in it names a token, key,
 * person or host. Should an operator switch the server's metrics service off, it answers 503 saying so.
 */
@Path("metrics")
@RequestScoped
public class MetricsResource {

    @Inject
    MetricRegistry application;

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    MetricRegistry base;

    @GET
    @Produces({MetricsText.MEDIA_TYPE, "text/plain"})
    @Guarded(Role.VIEWER)
    public Response metrics() {
        if (application == null || base == null) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(MillicastEnvelope.failMessage("The server's metrics service is off").toString()).build();
        }
        return Response.ok(MetricsText.of(application, base), MetricsText.MEDIA_TYPE).build();
    }
}
