package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.ApiSecret;
import io.tokengateway.platform.control.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The real Millicast REST API over HTTPS, through one shared Jakarta REST client ({@link UpstreamClient}) with the
 * configured timeouts and trust, sending the account secret as a bearer token. Its answers are read within a byte
 * bound and relayed only when they are complete JSON in Millicast's envelope.
 */
@ApplicationScoped
@Typed(HttpUpstream.class)
public class HttpUpstream implements UpstreamTransport {

    @Inject
    GatewaySettings settings;

    @Inject
    Jsonb jsonb;

    @Inject
    @ConfigProperty(name = "millicast.max.answer.bytes", defaultValue = "8388608")
    long maxAnswerBytes;

    private UpstreamClient client;

    @PostConstruct
    void open() {
        ApiSecret secret = settings.apiSecret()
                .orElseThrow(() -> new IllegalStateException("No Millicast API secret configured"));
        client = new UpstreamClient(new UpstreamClient.Settings(settings.apiUrl(), HttpHeaders.AUTHORIZATION,
                secret.bearerHeader(), UpstreamTrust.sslContext(settings), settings.connectTimeout(),
                settings.readTimeout(), settings.upstreamBudget(), maxAnswerBytes), jsonb);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public UpstreamResponse send(UpstreamRequest request) {
        return send(request, settings.connectTimeout().plus(settings.readTimeout()));
    }

    @Override
    public UpstreamResponse send(UpstreamRequest request, Duration timeLeft) {
        return client.send(request, timeLeft);
    }
}
