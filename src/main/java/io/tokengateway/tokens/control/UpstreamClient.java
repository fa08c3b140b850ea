package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
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
import javax.net.ssl.SSLContext;

/**
 * One Jakarta REST client to an API in Millicast's shape over HTTPS: sends each request with one credential header,
 * within the timeouts (cut to the caller's time left), and reads the answer within a byte bound, relaying it only when
 * it is complete JSON in Millicast's envelope ({@link UpstreamAnswers}).
 */
final class UpstreamClient implements AutoCloseable {

    /** Lets Jersey's default connector send PATCH (bulk disable). */
    private static final String SET_METHOD_WORKAROUND = "jersey.config.client.httpUrlConnection.setMethodWorkaround";
    /**
     * Stream request bodies (chunked): the JDK's HttpURLConnection silently sends a buffered request, POST
     * included, a second time when the connection drops before the answer; a streamed one it never repeats,
     * so a create cannot make two tokens.
     */
    private static final String ENTITY_PROCESSING = "jersey.config.client.request.entity.processing";
    /** A redirect would carry the credential to wherever the Location points: never follow one. */
    private static final String FOLLOW_REDIRECTS = "jersey.config.client.followRedirects";
    /** Per request, these override the client's timeouts, so that a call ends within the caller's time budget. */
    private static final String CONNECT_TIMEOUT = "jersey.config.client.connectTimeout";
    private static final String READ_TIMEOUT = "jersey.config.client.readTimeout";

    /** Where to, with which credential, within what. */
    record Settings(URI base, String credentialHeader, String credentialValue, SSLContext tls, Duration connectTimeout,
            Duration readTimeout, Duration budget, long maxAnswerBytes) {

        /** Never the credential's value (it may be the API secret). */
        @Override
        public String toString() {
            return "UpstreamClient.Settings[" + base + ", " + credentialHeader + ": (not shown)]";
        }
    }

    private final Settings settings;
    private final Jsonb jsonb;
    private final Client client;

    UpstreamClient(Settings settings, Jsonb jsonb) {
        this.settings = settings;
        this.jsonb = jsonb;
        client = ClientBuilder.newBuilder()
                .sslContext(settings.tls())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(SET_METHOD_WORKAROUND, true)
                .property(ENTITY_PROCESSING, "CHUNKED")
                .property(FOLLOW_REDIRECTS, false)
                .build();
    }

    @Override
    public void close() {
        client.close();
    }

    /** The configured timeouts, each cut to the time left when that is shorter. */
    UpstreamResponse send(UpstreamRequest request, Duration timeLeft) {
        Duration connectTimeout = shortest(settings.connectTimeout(), timeLeft);
        Duration readTimeout = shortest(settings.readTimeout(), timeLeft);
        UpstreamFailures failures = UpstreamFailures.within(settings.connectTimeout(), settings.readTimeout(), timeLeft,
                settings.budget());
        var call = client.target(UpstreamUrls.of(settings.base(), request))
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(settings.credentialHeader(), settings.credentialValue())
                .property(CONNECT_TIMEOUT, (int) connectTimeout.toMillis())
                .property(READ_TIMEOUT, (int) readTimeout.toMillis());
        try (Response response = request.body() == null
                ? call.method(request.method())
                : call.method(request.method(), Entity.json(jsonb.toJson(request.body())))) {
            String type = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
            InputStream body = response.hasEntity() ? response.readEntity(InputStream.class) : null;
            UpstreamResponse answer = new UpstreamAnswers(settings.maxAnswerBytes(), failures)
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
