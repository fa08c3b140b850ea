package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.platform.control.OwnPortTrust;
import io.tokengateway.platform.control.WarmUp;
import io.tokengateway.platform.control.WarmUpExercise;
import io.tokengateway.tokens.entity.TokenListQuery;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The upstream client's part of the warm-up ({@link WarmUp}): the code that calls the Millicast API (Jakarta REST
 * client, the JDK's HTTPS connection, reading and judging the answer) runs against this gateway's own HTTPS port,
 * which speaks Millicast's paths. The requests carry the warm-up's marker, never the API secret; the gateway serves
 * them as the warm-up's own, from the warm-up's simulator, so nothing reaches the Millicast API.
 */
@ApplicationScoped
public class UpstreamClientWarmUp implements WarmUpExercise {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /**
     * Calls that fail (no usable answer) are tried again for this long before the exercise gives up: where the
     * server opens its port before the gateway is deployed (Payara Server, tests), the first answers are not the
     * gateway's.
     */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(20);
    /**
     * A call (about a millisecond) every this many rounds, so that the other exercises (microseconds each) keep
     * most of the warm-up's time: every round, and minting ran 200 times less.
     */
    static final int CALL_EVERY = 16;
    /** What a caller's reads ask the API: a token, and a full page of the list. */
    static final List<UpstreamRequest> CALLS = List.of(RouteRequests.of(Operation.PUBLISH_READ, 7),
            TokenGateway.publishList(TokenListQuery.firstPage()));

    @Inject
    WarmUp warmUp;

    @Inject
    Jsonb jsonb;

    @Inject
    @ConfigProperty(name = "gateway.https.port")
    int port;

    private UpstreamClient client;
    private int round;
    private long failingSince;
    private boolean failing;

    @Override
    public synchronized void exercise() {
        if (round++ % CALL_EVERY != 0) {
            return;
        }
        if (client == null) {
            client = new UpstreamClient(new UpstreamClient.Settings(URI.create("https://127.0.0.1:" + port),
                    WarmUp.MARKER_HEADER, warmUp.ownRequestMarker(), OwnPortTrust.context(), TIMEOUT, TIMEOUT,
                    TIMEOUT, 1024 * 1024), jsonb);
        }
        try {
            client.send(CALLS.get(round / CALL_EVERY % CALLS.size()), TIMEOUT);
            failing = false;
        } catch (UpstreamUnavailableException e) {
            if (!failing) {
                failing = true;
                failingSince = System.nanoTime();
            } else if (System.nanoTime() - failingSince > GIVE_UP_AFTER.toNanos()) {
                throw e;
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
