package io.tokengateway.tokens.control;

import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.Endpoint;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Rebuilds an upstream request from validated parts only: the operation's own route from the table, the token id
 * as the number the rules read from the path. Nothing a client spelled in a path ({@code 7%3Fx=1},
 * {@code 7%2F..%2Flist}, {@code ٧}) can shape the upstream URL.
 */
final class CanonicalRequests {

    private CanonicalRequests() {
    }

    /**
     * The call as it goes upstream, its time budget starting now; empty when it names no operation or carries no
     * valid token id.
     */
    static Optional<UpstreamCall> of(MillicastRules rules, UpstreamRequest request, Duration budget) {
        Optional<Endpoint> endpoint = rules.endpoint(request.method(), request.path());
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        Operation operation = endpoint.get().operation();
        String tokenId = null;
        if (operation.hasTokenId()) {
            if (endpoint.get().tokenId().isEmpty()) {
                return Optional.empty();
            }
            tokenId = Integer.toString(endpoint.get().tokenId().getAsInt());
        }
        return Optional.of(new UpstreamCall(operation,
                RouteRequests.of(operation, operation.kind(), tokenId, request.query(), request.body()), budget));
    }
}
