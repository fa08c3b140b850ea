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
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The real Millicast REST API over HTTPS, through one shared Jakarta REST client with the configured
 * timeouts and trust, sending the account secret as a bearer token. Its answers are read within a byte bound
 * and relayed only when they are complete JSON in Millicast's envelope.
 */
@ApplicationScoped
@Typed(HttpUpstream.class)
public class HttpUpstream implements UpstreamTransport {

    /** Lets Jersey's default connector send PATCH (bulk disable). */
    private static final String SET_METHOD_WORKAROUND = "jersey.config.client.httpUrlConnection.setMethodWorkaround";
    /**
     * Stream request bodies (chunked): the JDK's HttpURLConnection silently sends a buffered request, POST
     * included, a second time when the connection drops before the answer; a streamed one it never repeats,
     * so a create cannot make two tokens.
     */
    private static final String ENTITY_PROCESSING = "jersey.config.client.request.entity.processing";
    /** A redirect would carry the bearer secret to wherever the Location points: never follow one. */
    private static final String FOLLOW_REDIRECTS = "jersey.config.client.followRedirects";

    @Inject
    GatewaySettings settings;

    @Inject
    Jsonb jsonb;

    @Inject
    @ConfigProperty(name = "millicast.max.answer.bytes", defaultValue = "8388608")
    long maxAnswerBytes;

    /** Per request, these override the client's timeouts, so that a call ends within the caller's time budget. */
    private static final String CONNECT_TIMEOUT = "jersey.config.client.connectTimeout";
    private static final String READ_TIMEOUT = "jersey.config.client.readTimeout";

    private Client client;
    private ApiSecret secret;
    private URI base;

    @PostConstruct
    void open() {
        secret = settings.apiSecret().orElseThrow(() -> new IllegalStateException("No Millicast API secret configured"));
        base = settings.apiUrl();
        client = ClientBuilder.newBuilder()
                .sslContext(UpstreamTrust.sslContext(settings))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(SET_METHOD_WORKAROUND, true)
                .property(ENTITY_PROCESSING, "CHUNKED")
                .property(FOLLOW_REDIRECTS, false)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public UpstreamResponse send(UpstreamRequest request) {
        return send(request, settings.connectTimeout().plus(settings.readTimeout()));
    }

    /** The configured timeouts, each cut to the time left when that is shorter. */
    @Override
    public UpstreamResponse send(UpstreamRequest request, Duration timeLeft) {
        Duration connectTimeout = shortest(settings.connectTimeout(), timeLeft);
        Duration readTimeout = shortest(settings.readTimeout(), timeLeft);
        UpstreamFailures failures = UpstreamFailures.within(settings.connectTimeout(), settings.readTimeout(), timeLeft,
                settings.upstreamBudget());
        var call = client.target(UpstreamUrls.of(base, request))
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, secret.bearerHeader())
                .property(CONNECT_TIMEOUT, (int) connectTimeout.toMillis())
                .property(READ_TIMEOUT, (int) readTimeout.toMillis());
        try (Response response = request.body() == null
                ? call.method(request.method())
                : call.method(request.method(), Entity.json(jsonb.toJson(request.body())))) {
            String type = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
            InputStream body = response.hasEntity() ? response.readEntity(InputStream.class) : null;
            UpstreamResponse answer = new UpstreamAnswers(maxAnswerBytes, failures)
                    .read(response.getStatus(), type, response.getLength(), body);
            return new UpstreamResponse(answer.status(), answer.body(), response.getHeaderString(HttpHeaders.RETRY_AFTER));
        } catch (ProcessingException e) {
            throw failures.beforeTheAnswer(e);
        }
    }

    /** At least 1 ms: 0 would mean no timeout at all. */
    private static Duration shortest(Duration configured, Duration timeLeft) {
        return Duration.ofMillis(Math.max(1, Math.min(configured.toMillis(), timeLeft.toMillis())));
    }
}
