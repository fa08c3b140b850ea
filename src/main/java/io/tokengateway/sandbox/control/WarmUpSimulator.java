package io.tokengateway.sandbox.control;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.tokens.control.RouteRequests;
import io.tokengateway.tokens.control.UpstreamTransport;
import io.tokengateway.tokens.control.WarmUpUpstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;

/**
 * The simulator that answers the gateway's own warm-up requests ({@link WarmUpUpstream}): a sandbox of its own, not
 * the one callers use without an API secret, holding a list page of made-up publish tokens and a subscribe token,
 * so that the warm-up's reads take the paths (and carry the answer sizes) of a caller's.
 */
@ApplicationScoped
public class WarmUpSimulator {

    /** A full list page (API.md: at most 100 items), as the tutorial's list asks for. */
    static final int PUBLISH_TOKENS = 100;

    @Produces
    @ApplicationScoped
    @WarmUpUpstream
    UpstreamTransport simulator() {
        SandboxUpstream simulator = new SandboxUpstream(PUBLISH_TOKENS);
        for (int i = 1; i <= PUBLISH_TOKENS; i++) {
            created(simulator.send(RouteRequests.withBody(Operation.PUBLISH_CREATE, token("warm-up-" + i))));
        }
        created(simulator.send(RouteRequests.withBody(Operation.SUBSCRIBE_CREATE, token("warm-up"))));
        return simulator;
    }

    private static JsonObject token(String label) {
        return JsonFactories.objectBuilder()
                .add("label", label)
                .add("streams", JsonFactories.arrayBuilder().add(JsonFactories.objectBuilder().add("streamName", "warm-up")))
                .build();
    }

    private static void created(UpstreamResponse answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("the warm-up's simulator refused its own token: " + answer.status());
        }
    }
}
