package io.tokengateway.sandbox.control;

import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.sandbox.entity.SandboxAccount;
import io.tokengateway.tokens.control.Sandbox;
import io.tokengateway.tokens.control.UpstreamTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The built-in sandbox: an in-memory simulator of the Millicast token REST API (../shared/millicast/API.md),
 * answering every publish and subscribe token call with the statuses and envelopes the real API uses.
 * Thread-safe; never throws. Publish and subscribe tokens live in separate stores, each with its own id
 * sequence from 1 and a cap (10,000 by default). The simulated account id is {@value SandboxAccount#ID}
 * (e.g. {@code active?streamId=sandbox/myStream}); any other account id prefix, or none, is accepted too.
 * Offered to CDI as the {@link Sandbox} transport only, never as the default one: the gateway chooses it when no
 * API secret is configured.
 */
@ApplicationScoped
@Sandbox
public class SandboxUpstream implements UpstreamTransport {

    public static final int DEFAULT_MAX_TOKENS = 10_000;

    private static final Logger LOG = Logger.getLogger(SandboxUpstream.class.getName());

    private final SandboxRouter router;
    private SandboxFaults faults = SandboxFaults.NONE;

    public SandboxUpstream() {
        this(DEFAULT_MAX_TOKENS);
    }

    /** @param maxTokensPerKind how many publish tokens, and separately subscribe tokens, the sandbox keeps */
    public SandboxUpstream(int maxTokensPerKind) {
        this(maxTokensPerKind, Clock.systemUTC());
    }

    /** @param clock the source of {@code addedOn} and of "now" for expiry; tests pass a fixed one */
    public SandboxUpstream(int maxTokensPerKind, Clock clock) {
        TokenSecrets secrets = new TokenSecrets();
        TokenStore publishTokens = new TokenStore(maxTokensPerKind);
        router = new SandboxRouter(new MillicastRules(),
                new TokenOperations(TokenKind.PUBLISH, publishTokens, secrets, clock),
                new TokenOperations(TokenKind.SUBSCRIBE, new TokenStore(maxTokensPerKind), secrets, clock),
                new PublishTokenOperations(publishTokens, clock));
    }

    /** In the gateway, the faults its settings ask for; a sandbox made with {@code new} has none. */
    @Inject
    void injectFaults(GatewaySettings settings) {
        faults = new SandboxFaults(settings.sandboxLatency(), settings.sandboxFailureShare());
        if (settings.sandboxLatency().toMillis() > 0 || settings.sandboxFailureShare() > 0) {
            LOG.log(Level.WARNING, "The sandbox adds {0} ms to each call and fails a share of {1} of them (503), "
                    + "as configured", new Object[] {settings.sandboxLatency().toMillis(), settings.sandboxFailureShare()});
        }
    }

    @Override
    public UpstreamResponse send(UpstreamRequest request) {
        Optional<UpstreamResponse> fault = faults.strike();
        if (fault.isPresent()) {
            return fault.get();
        }
        try {
            return router.route(request);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in the sandbox must look like an upstream 500, not break the caller
            LOG.log(Level.SEVERE, "Sandbox failed on a request", e);
            return SandboxReplies.internalError();
        }
    }
}
