package io.tokengateway.tokens.control;

import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.control.Redactor;
import io.tokengateway.platform.control.UpstreamCalls;
import io.tokengateway.platform.control.WarmUp;
import io.tokengateway.platform.entity.Meter;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.tokens.entity.TokenListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The one place that talks to the Millicast token API: it calls the routes of the table ({@link Operation}, made
 * into requests by {@link RouteRequests}), sends through the real API when a secret is configured or the built-in
 * sandbox when not, within the upstream's fault tolerance (retries for what is safe to repeat, a circuit breaker, a
 * bulkhead, a throttle, a time budget), and never turns a failure into success.
 */
@ApplicationScoped
public class TokenGateway {

    @Inject
    UpstreamCalls calls;

    @Inject
    GatewaySettings settings;

    @Inject
    UpstreamRetries retries;

    @Inject
    UpstreamCircuit circuit;

    @Inject
    TokenAuditNotes auditNotes;

    @Inject
    Redactor redactor;

    @Inject
    MillicastRules rules;

    @Inject
    Logger logger;

    @Inject
    Meters meters;

    @Inject
    WarmUp warmUp;

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
        return send(publishList(query));
    }

    /** The list call for one page. */
    static UpstreamRequest publishList(TokenListQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("page", Integer.toString(query.page()));
        parameters.put("itemsOnPage", Integer.toString(query.itemsOnPage()));
        parameters.put("sortBy", query.sortBy());
        parameters.put("isDescending", Boolean.toString(query.isDescending()));
        return RouteRequests.withQuery(Operation.PUBLISH_LIST, parameters);
    }

    /**
     * Sends any token API call as it is: the Millicast-path routes use this, having checked the request first.
     * The answer is the API's own, or 502/504 in the error envelope when none could be had.
     */
    public UpstreamResponse send(UpstreamRequest request) {
        Optional<UpstreamCall> canonical = CanonicalRequests.of(rules, request, settings.upstreamBudget());
        if (canonical.isEmpty()) {
            // callers check first; should one not, the API's own refusal is the answer and nothing leaves
            return rules.check(request).orElseGet(() -> rules.check(null).orElseThrow());
        }
        return sendChecked(warmUp.isOwnRequestOnThisThread() ? canonical.get().forWarmUp() : canonical.get());
    }

    /**
     * The call within the upstream's fault tolerance ({@link UpstreamRetries}, {@link GuardedUpstream}): the API's
     * answer, or the gateway's own in the same envelope when none could be had ({@link UnavailableAnswers}).
     */
    private UpstreamResponse sendChecked(UpstreamCall call) {
        long started = System.nanoTime();
        UpstreamRequest request = call.request();
        UpstreamResponse response;
        try {
            response = call.isRepeatable() ? retries.repeatable(call) : retries.once(call);
        } catch (UpstreamUnavailableException e) {
            response = failed(call, e);
        } catch (NoTimeForRetryException e) {
            response = failed(call, e.failure());
        } catch (CircuitBreakerOpenException e) {
            logger.log(Level.WARNING, "{0} {1} not sent: the circuit breaker is open", new Object[] {request.method(), request.path()});
            meters.count(Meter.UPSTREAM_NOT_SENT, "operation", call.operationName(), "reason", "circuit_open");
            response = UnavailableAnswers.circuitOpen(settings.breakerFailures(), circuit.retryAfter());
        } catch (BulkheadException e) {
            logger.log(Level.WARNING, "{0} {1} not sent: {2} upstream calls are already under way",
                    new Object[] {request.method(), request.path(), settings.concurrentUpstreamCalls()});
            meters.count(Meter.UPSTREAM_NOT_SENT, "operation", call.operationName(), "reason", "bulkhead_full");
            response = UnavailableAnswers.busy(settings.concurrentUpstreamCalls());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        calls.record(response.status(), millis);
        log(request, response, millis);
        return response;
    }

    private UpstreamResponse failed(UpstreamCall call, UpstreamUnavailableException failure) {
        if (failure instanceof RepeatableUpstreamFailure repeatable && repeatable.answer().isPresent()) {
            return repeatable.answer().get(); // the API's own word that it is unavailable
        }
        logger.log(Level.WARNING, "{0} {1} failed: {2}",
                new Object[] {call.request().method(), call.request().path(), failure.getMessage()});
        if (UnavailableAnswers.isLostCreate(failure, call)) {
            auditNotes.noteAnswerLost();
        }
        return UnavailableAnswers.failed(failure, call);
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
