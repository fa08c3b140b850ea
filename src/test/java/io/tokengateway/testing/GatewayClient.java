package io.tokengateway.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * Talks to the gateway over HTTPS as a program would, trusting only the gateway's configured certificate,
 * with or without an Authorization header.
 */
public final class GatewayClient {

    private final HttpClient http;
    private final String base;
    private final String authorization;

    public GatewayClient(String base, Path gatewayDir) throws Exception {
        this(HttpClient.newBuilder()
                .sslContext(TestTls.trustingGateway(gatewayDir))
                .connectTimeout(Duration.ofSeconds(10))
                .build(), base, null);
    }

    private GatewayClient(HttpClient http, String base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    /** The Arquillian-started gateway on the reserved HTTPS port, anonymous, speaking this HTTP version only. */
    public static GatewayClient forTestServer(HttpClient.Version version) throws Exception {
        return new GatewayClient(HttpClient.newBuilder()
                .version(version)
                .sslContext(TestTls.trustingGateway(TestTls.gatewayDir()))
                .connectTimeout(Duration.ofSeconds(10))
                .build(), "https://localhost:" + System.getProperty("it.https.port"), null);
    }

    /** The Arquillian-started gateway on the reserved HTTPS port, anonymous. */
    public static GatewayClient forTestServer() throws Exception {
        return new GatewayClient("https://localhost:" + System.getProperty("it.https.port"), TestTls.gatewayDir());
    }

    /** The same gateway, as a program holding this API key. */
    public GatewayClient withKey(String apiKey) {
        return new GatewayClient(http, base, "Bearer " + apiKey);
    }

    /** The same gateway, as a person by HTTP Basic. */
    public GatewayClient withPassword(String name, String password) {
        String pair = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new GatewayClient(http, base, "Basic " + pair);
    }

    /** The same gateway with any Authorization header value. */
    public GatewayClient withAuthorization(String header) {
        return new GatewayClient(http, base, header);
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> send(String method, String path, String jsonBody) throws Exception {
        HttpRequest.Builder request = builder(path);
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with any content type and extra headers (name, value, name, value …). */
    public HttpResponse<String> sendWith(String method, String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = builder(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> sendTyped(String method, String path, String contentType, String body) throws Exception {
        return sendWith(method, path, contentType, body);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String jsonBody) throws Exception {
        return send("POST", path, jsonBody);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }
}
