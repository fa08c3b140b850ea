package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.audit.control.ChangeSubject;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.RateLimits;
import io.tokengateway.security.control.SameSiteRule;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.CallerKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Enforces {@link Guarded} on every JAX-RS call before anything else runs: 401 for nobody, 403 for a role too low
 * or a cross-site browser request, 429 past the credential's rate of changes or reads. All in Millicast's error
 * shape. The caller is known before any body is read: an anonymous request is refused without reading it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOGGER = Logger.getLogger(AccessFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;

    @Inject
    RateLimits limits;

    @Inject
    Instance<ChangeSubject> subjects;

    @Override
    public void filter(ContainerRequestContext request) {
        Guarded guarded = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Guarded.class);
        if (guarded == null) {
            LOGGER.log(Level.SEVERE, "No @Guarded on {0}: refused", resource.getResourceMethod());
            request.abortWith(refusal(Response.Status.FORBIDDEN, "Forbidden"));
            return;
        }
        CallerIdentity who = caller.identity();
        if (who.role().isEmpty()) {
            request.abortWith(refusal(Response.Status.UNAUTHORIZED, "Unauthorized"));
            return;
        }
        Optional<Response> refused = refusalOf(request, guarded, who);
        if (refused.isPresent()) {
            if (!guarded.change().isEmpty()) {
                noteTheToken(request); // a known caller: its refused change's audit row names the token
            }
            request.abortWith(refused.get());
        }
    }

    private Optional<Response> refusalOf(ContainerRequestContext request, Guarded guarded, CallerIdentity who) {
        if (!who.may(guarded.value())) {
            return Optional.of(refusal(Response.Status.FORBIDDEN, "Forbidden"));
        }
        if (caller.bySession() && !SAFE_METHODS.contains(request.getMethod()) && SameSiteRule.isCrossSite(
                request.getUriInfo().getBaseUri(), request.getHeaderString("Origin"), request.getHeaderString("Referer"))) {
            return Optional.of(refusal(Response.Status.FORBIDDEN, "Forbidden: cross-site request"));
        }
        if (!guarded.limited() || who.kind() == CallerKind.WARM_UP) {
            return Optional.empty(); // the warm-up's reads go to its own simulator: they spend no caller's rate
        }
        RateLimits.Kind kind = guarded.change().isEmpty() ? RateLimits.Kind.READ : RateLimits.Kind.CHANGE;
        return limits.spend(kind, who.credentialKey())
                .map(wait -> RateLimitedResponse.tooMany(wait, limits.perSecond(kind), kind.plural()));
    }

    /** The audit row of a refused change names its token, as far as the body tells. */
    private void noteTheToken(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        try {
            byte[] body = request.getEntityStream().readNBytes(MAX_NOTED_BODY);
            if (JsonFactories.reader(new ByteArrayInputStream(body)).readValue() instanceof JsonObject object) {
                subjects.forEach(subject -> subject.noteFrom(object));
            }
        } catch (IOException | JsonException e) {
            // not JSON: nothing to note
        }
    }

    /** A refused body is read only this far: enough for a token id and a label. */
    private static final int MAX_NOTED_BODY = 64 * 1024;

    static Response refusal(Response.Status status, String message) {
        var builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.failMessage(message).toString());
        if (status == Response.Status.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"token-gateway\"");
        }
        return builder.build();
    }
}
