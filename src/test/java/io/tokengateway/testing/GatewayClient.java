package io.tokengateway.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Talks to the gateway over HTTPS as a program would, trusting only the gateway's configured certificate. */
public final class GatewayClient {

    private final HttpClient http;
    private final String base;

    public GatewayClient(String base, Path gatewayDir) throws Exception {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .sslContext(TestTls.trustingGateway(gatewayDir))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The Arquillian-started gateway on the reserved HTTPS port. */
    public static GatewayClient forTestServer() throws Exception {
        return new GatewayClient("https://localhost:" + System.getProperty("it.https.port"), TestTls.gatewayDir());
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> send(String method, String path, String jsonBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30));
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with any content type, e.g. to see a non-JSON body refused. */
    public HttpResponse<String> sendTyped(String method, String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String jsonBody) throws Exception {
        return send("POST", path, jsonBody);
    }
}
