package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.ApiSecret;
import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.tokens.entity.UpstreamRequest;
import io.tokengateway.tokens.entity.UpstreamResponse;
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
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * The real Millicast REST API over HTTPS, through one shared Jakarta REST client with the configured
 * timeouts and trust, sending the account secret as a bearer token.
 */
@ApplicationScoped
@Typed(HttpUpstream.class)
public class HttpUpstream implements UpstreamTransport {

    /** Lets Jersey's default connector send PATCH (bulk disable). */
    private static final String SET_METHOD_WORKAROUND = "jersey.config.client.httpUrlConnection.setMethodWorkaround";

    @Inject
    GatewaySettings settings;

    @Inject
    Jsonb jsonb;

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
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public UpstreamResponse send(UpstreamRequest request) {
        var call = client.target(uri(request))
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, secret.bearerHeader());
        try (Response response = request.body() == null
                ? call.method(request.method())
                : call.method(request.method(), Entity.json(jsonb.toJson(request.body())))) {
            String body = response.readEntity(String.class);
            if (!isJson(response.getMediaType()) || body == null || body.isBlank()) {
                throw new UpstreamUnavailableException(502,
                        "The Millicast API answered HTTP " + response.getStatus() + " without a JSON body");
            }
            return new UpstreamResponse(response.getStatus(), body);
        } catch (ProcessingException e) {
            throw translate(e);
        }
    }

    private URI uri(UpstreamRequest request) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        request.query().forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return URI.create(base + request.path() + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.getSubtype().toLowerCase().contains("json");
    }

    private UpstreamUnavailableException translate(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return new UpstreamUnavailableException(504, "The Millicast API did not answer in time");
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new UpstreamUnavailableException(502,
                "The Millicast API could not be reached (" + root.getClass().getSimpleName() + ")");
    }
}
