package io.tokengateway.tokens.control;

import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.platform.control.Redactor;
import io.tokengateway.platform.control.UpstreamCalls;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.tokens.entity.TokenListQuery;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that talks to the Millicast token API: it calls the routes of the table ({@link Operation}, made
 * into requests by {@link RouteRequests}), sends through the real API when a secret is configured or the built-in
 * sandbox when not, and never turns a failure into success.
 */
@ApplicationScoped
public class TokenGateway {

    @Inject
    UpstreamCalls calls;

    @Inject
    GatewaySettings settings;

    @Inject
    Instance<HttpUpstream> httpUpstream;

    @Inject
    @Sandbox
    Instance<UpstreamTransport> sandboxUpstream;

    @Inject
    Redactor redactor;

    @Inject
    MillicastRules rules;

    @Inject
    Logger logger;

    private UpstreamTransport transport;

    @PostConstruct
    void chooseTransport() {
        transport = settings.isSandbox() ? sandboxUpstream.get() : httpUpstream.get();
    }

    public UpstreamResponse createPublishToken(JsonObject tokenSettings) {
        return send(RouteRequests.withBody(Operation.PUBLISH_CREATE, tokenSettings));
    }

    public UpstreamResponse getPublishToken(int tokenId) {
        return send(RouteRequests.of(Operation.PUBLISH_READ, tokenId));
    }

    /** Changes a token through the current (v2) update. */
    public UpstreamResponse updatePublishToken(int tokenId, JsonObject changes) {
        return send(RouteRequests.withBody(Operation.PUBLISH_UPDATE_V2, tokenId, changes));
    }

    public UpstreamResponse deletePublishToken(int tokenId) {
        return send(RouteRequests.of(Operation.PUBLISH_DELETE, tokenId));
    }

    public UpstreamResponse listPublishTokens(TokenListQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("page", Integer.toString(query.page()));
        parameters.put("itemsOnPage", Integer.toString(query.itemsOnPage()));
        parameters.put("sortBy", query.sortBy());
        parameters.put("isDescending", Boolean.toString(query.isDescending()));
        return send(RouteRequests.withQuery(Operation.PUBLISH_LIST, parameters));
    }

    /**
     * Sends any token API call as it is: the Millicast-path routes use this, having checked the request first.
     * The answer is the API's own, or 502/504 in the error envelope when none could be had.
     */
    public UpstreamResponse send(UpstreamRequest request) {
        Optional<UpstreamRequest> canonical = CanonicalRequests.of(rules, request);
        if (canonical.isEmpty()) {
            // callers check first; should one not, the API's own refusal is the answer and nothing leaves
            return rules.check(request).orElseGet(() -> rules.check(null).orElseThrow());
        }
        return sendChecked(canonical.get());
    }

    private UpstreamResponse sendChecked(UpstreamRequest request) {
        long started = System.nanoTime();
        UpstreamResponse response;
        try {
            response = transport.send(request);
        } catch (UpstreamUnavailableException e) {
            logger.log(Level.WARNING, "{0} {1} failed: {2}",
                    new Object[] {request.method(), request.path(), e.getMessage()});
            response = new UpstreamResponse(e.status(), MillicastEnvelope.error(e.status(), e.getMessage()).toString());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        calls.record(response.status(), millis);
        log(request, response, millis);
        return response;
    }

    private void log(UpstreamRequest request, UpstreamResponse response, long millis) {
        if (settings.logBodies()) {
            logger.log(Level.INFO, "{0} {1} {2} body {3} -> {4} {5} in {6} ms", new Object[] {
                request.method(), request.path(), redactor.redact(String.valueOf(request.query())),
                redactor.redact(request.body()), response.status(),
                redactor.redact(response.body()), millis});
        } else if (logger.isLoggable(Level.FINE)) {
            logger.log(Level.FINE, "{0} {1} -> {2} in {3} ms",
                    new Object[] {request.method(), request.path(), response.status(), millis});
        }
    }
}
