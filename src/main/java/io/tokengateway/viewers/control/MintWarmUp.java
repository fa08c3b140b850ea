package io.tokengateway.viewers.control;

import io.tokengateway.audit.entity.Actor;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.WarmUpExercise;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Minting's part of the warm-up ({@link io.tokengateway.platform.control.WarmUp}): the minter's own code (reading
 * the request, the rules, the JWT, the answer) for one viewer and for batches, refusals included, against a
 * made-up subscribe token that exists only in this object: its key is random, nothing is fetched from the API,
 * nothing is counted for the audit trail, and the gateway's own subscribe token cache never sees it.
 */
@ApplicationScoped
public class MintWarmUp implements WarmUpExercise {

    /** The made-up subscribe token's id, in this object's own cache only. */
    static final int MADE_UP_ID = 1;
    static final Actor WARM_UP = new Actor("warm-up", "warm-up", "minter", "127.0.0.1");
    static final List<String> ONE_VIEWER = List.of(
            "{\"streamName\":\"warm-up\",\"viewerIp\":\"203.0.113.7\",\"expiresIn\":300}",
            "{\"streamName\":\"warm-up-2\",\"viewerIp\":\"198.51.100.0/24\",\"allowedOrigins\":[\"https://example.com\"],"
                    + "\"trackingId\":\"warm\",\"customViewerData\":\"seat 12\"}",
            "{\"streamName\":\"warm-up\",\"expiresIn\":0}",
            "{\"streamName\":\"\"}");
    static final int BATCH_EVERY = 16;
    static final String BATCH = "{\"viewers\":[" + String.join(",", ONE_VIEWER) + "," + String.join(",", ONE_VIEWER) + "]}";

    @Inject
    ViewerTokenSettings settings;

    @Inject
    Logger logger;

    private ViewerTokenMinter minter;
    private int round;

    @PostConstruct
    void prepare() {
        minter = new ViewerTokenMinter(new MadeUpMasters(settings, logger), settings, (masterId, caller, outcome) -> {
        }, Clock.systemUTC());
    }

    @Override
    public void exercise() {
        mint(++round);
    }

    /** Round {@code round}: a batch every {@value #BATCH_EVERY} rounds, else one of {@link #ONE_VIEWER} in turn. */
    MintAnswer mint(int round) {
        return round % BATCH_EVERY == 0 ? minter.mintMany(MADE_UP_ID, BATCH, WARM_UP)
                : minter.mintOne(MADE_UP_ID, ONE_VIEWER.get(round % ONE_VIEWER.size()), WARM_UP);
    }

    /** Serves the made-up subscribe token, as the API would answer for it; no call goes out. */
    private static final class MadeUpMasters extends MasterCache {

        private final String answer;

        MadeUpMasters(ViewerTokenSettings settings, Logger logger) {
            super(settings, logger);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            answer = "{\"status\":\"success\",\"data\":{\"id\":" + MADE_UP_ID + ",\"token\":\""
                    + HexFormat.of().formatHex(key) + "\",\"isActive\":true,\"expiresOn\":\""
                    + Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\",\"streams\":["
                    + "{\"streamName\":\"warm-up\",\"isRegex\":false},{\"streamName\":\"warm-up.*\",\"isRegex\":true}],"
                    + "\"tracking\":null,\"originCluster\":null}}";
        }

        @Override
        UpstreamResponse fetch(int id) {
            return new UpstreamResponse(200, answer);
        }
    }
}
