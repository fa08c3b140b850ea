package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.Endpoint;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the Millicast token API accepts (../shared/millicast/API.md), judged without any stored token: the one
 * set of request rules, used by the sandbox before it simulates a call and by the gateway before it calls
 * Millicast. Stateless and thread-safe.
 */
@ApplicationScoped
public class MillicastRules {

    public MillicastRules() {
        // a plain object for the sandbox and tests; a CDI bean for the gateway
    }

    /**
     * The 4xx answer Millicast would give to this request as far as it can be told without stored tokens:
     * 404 unknown path, 405 wrong method, 400 for a malformed token id, a body or query Millicast refuses, or
     * an update that sets nothing. Empty when the request is acceptable.
     */
    public Optional<UpstreamResponse> check(UpstreamRequest request) {
        if (request == null) {
            return Optional.of(Refusals.notFound());
        }
        Routes.Match match = Routes.match(request.method(), request.path());
        if (!match.found()) {
            return Optional.of(match.refusalStatus() == 405 ? Refusals.methodNotAllowed() : Refusals.notFound());
        }
        String idSegment = match.idSegment();
        if (idSegment != null && TokenIdSegment.parse(idSegment).isEmpty()) {
            return Optional.of(Refusals.invalid("tokenId", TokenIdSegment.invalidMessage(idSegment)));
        }
        return checkInput(match.operation(), request);
    }

    /** The operation this method and path call, with the token id where the path has one; empty for 404/405. */
    public Optional<Endpoint> endpoint(String method, String path) {
        Routes.Match match = Routes.match(method, path);
        if (!match.found()) {
            return Optional.empty();
        }
        return Optional.of(new Endpoint(match.operation(), match.idSegment() == null
                ? OptionalInt.empty() : TokenIdSegment.parse(match.idSegment())));
    }

    private static Optional<UpstreamResponse> checkInput(Operation operation, UpstreamRequest request) {
        return switch (operation) {
            case PUBLISH_CREATE, SUBSCRIBE_CREATE, PUBLISH_UPDATE_V1, SUBSCRIBE_UPDATE_V1, PUBLISH_UPDATE_V2,
                    SUBSCRIBE_UPDATE_V2 ->
                BodyChecks.token(operation.kind(), operation.bodyDialect().orElseThrow(), request.body());
            case PUBLISH_LIST, SUBSCRIBE_LIST, PUBLISH_LIST_BY_NAME, SUBSCRIBE_LIST_BY_NAME, PUBLISH_LIST_BY_CLUSTER ->
                QueryChecks.list(request.query(), operation.listVariant().orElseThrow());
            case PUBLISH_ACTIVE -> QueryChecks.active(request.query());
            case PUBLISH_DISABLE -> BodyChecks.disable(request.body());
            case PUBLISH_READ, SUBSCRIBE_READ, PUBLISH_DELETE, SUBSCRIBE_DELETE, PUBLISH_ACTIVE_ALL,
                    PUBLISH_RESTREAM_SYNC -> Optional.empty();
        };
    }
}
