package io.tokengateway.tokens.boundary;

import static io.tokengateway.testing.JsonText.object;
import static io.tokengateway.testing.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.ServerLog;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast.Received;
import io.tokengateway.testing.TestTls;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tutorial's five routes against a real HTTPS stub of the Millicast API: the exact upstream request,
 * the exact relayed answer, failures, validation before any upstream call, HTTPS, and the secret kept in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpstreamRelayIT {

    private static final String SECRET = "it-secret-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String TOKEN_STRING = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":7,\"label\":\"cam\",\"token\":\""
            + TOKEN_STRING + "\",\"addedOn\":\"2026-11-28T10:00:00.123456Z\",\"isActive\":true,"
            + "\"streams\":[{\"streamName\":\"cam\",\"isRegex\":false}]}}";

    private static StubMillicast stub;
    private static final List<HttpResponse<String>> RESPONSES = new ArrayList<>();

    @ArquillianResource
    URL plainHttpBase;

    private static String editorKey;
    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private GatewayClient gateway;

    UpstreamRelayIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        Path secretFile = TestTls.buildDir().resolve("it-stub/millicast-api-secret");
        Files.writeString(secretFile, SECRET + "\n");
        Map<String, String> settings = new java.util.HashMap<>(Admin.settings("relay"));
        settings.putAll(Map.of(
                "gateway.ratelimit.changes.per.second", "1000",
                "gateway.ratelimit.changes.burst", "1000",
                "millicast.api.url", stub.baseUrl(),
                "millicast.api.secret.file", secretFile.toString(),
                "millicast.trust.ca.file", TestTls.stubPem().toString(),
                "millicast.read.timeout.ms", "1500",
                "millicast.connect.timeout.ms", "1500",
                "gateway.log.bodies", "true"));
        return Deployments.gateway(settings);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void resetStubAndUseAnEditorKey() throws Exception {
        if (editorKey == null) {
            editorKey = Admin.issueKey(anonymous, "relay tests", "editor");
        }
        gateway = anonymous.withKey(editorKey);
        stub.reset();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpResponse<String> response = gateway.send(method, path, body);
        RESPONSES.add(response);
        return response;
    }

    private static Received onlyRequest() {
        List<Received> received = stub.received();
        assertEquals(1, received.size(), "upstream calls: " + received);
        return received.get(0);
    }

    private static void assertHeaders(Received request) {
        assertEquals("Bearer " + SECRET, request.authorization());
        assertTrue(request.accept().startsWith("application/json"), request.accept());
    }

    @Test
    @Order(1)
    void createTokenPostsTheBodyUpstreamAndRelaysTheAnswer() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
        String body = "{\"label\":\"cam\",\"streams\":[{\"streamName\":\"cam\"}],\"expires\":3600}";

        var response = call("POST", "/millicast/createToken", body);

        assertEquals(200, response.statusCode());
        assertEquals(TOKEN, response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        Received sent = onlyRequest();
        assertEquals("POST", sent.method());
        assertEquals("/api/publish_token", sent.path());
        assertNull(sent.rawQuery());
        assertHeaders(sent);
        assertTrue(sent.contentType().startsWith("application/json"), sent.contentType());
        assertEquals(parse(body), parse(sent.body()));
    }

    @Test
    @Order(2)
    void getTokenAcceptsTheTutorialsTextIdAndGetsById() throws Exception {
        stub.answer("GET", "/api/publish_token/7", Answer.json(200, TOKEN));

        var response = call("POST", "/millicast/getToken", "{\"tokenId\":\"7\"}");

        assertEquals(200, response.statusCode());
        assertEquals(TOKEN, response.body());
        Received sent = onlyRequest();
        assertEquals("GET", sent.method());
        assertEquals("/api/publish_token/7", sent.path());
        assertHeaders(sent);
        assertEquals("", sent.body());
    }

    @Test
    @Order(3)
    void updateTokenPutsV2WithV1NamesTranslated() throws Exception {
        String updated = TOKEN.replace("\"isActive\":true", "\"isActive\":false");
        stub.answer("PUT", "/api/v2/publish_token/7", Answer.json(200, updated));

        var response = call("PUT", "/millicast/updateToken",
                "{\"tokenId\":7,\"data\":{\"isActive\":false,\"updateAllowedOrigins\":[\"*.example.com\"]}}");

        assertEquals(200, response.statusCode());
        assertEquals(updated, response.body());
        Received sent = onlyRequest();
        assertEquals("PUT", sent.method());
        assertEquals("/api/v2/publish_token/7", sent.path());
        assertHeaders(sent);
        assertEquals(parse("{\"isActive\":false,\"allowedOrigins\":[\"*.example.com\"]}"), parse(sent.body()));
    }

    @Test
    @Order(4)
    void deleteTokenReallyDeletes() throws Exception {
        stub.answer("DELETE", "/api/publish_token/7", Answer.json(200, "{\"status\":\"success\",\"data\":true}"));

        var response = call("DELETE", "/millicast/deleteToken", "{\"tokenId\":7}");

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"success\",\"data\":true}", response.body());
        Received sent = onlyRequest();
        assertEquals("DELETE", sent.method());
        assertEquals("/api/publish_token/7", sent.path());
        assertHeaders(sent);
    }

    @Test
    @Order(5)
    void getListAsksForTheFirstPageOf100ByDefault() throws Exception {
        String page = "{\"status\":\"success\",\"data\":[" + object(TOKEN).get("data") + "]}";
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, page));

        var response = call("GET", "/millicast/getList", null);

        assertEquals(200, response.statusCode());
        assertEquals(page, response.body());
        Received sent = onlyRequest();
        assertEquals("GET", sent.method());
        assertEquals("page=1&itemsOnPage=100&sortBy=Name&isDescending=false", sent.rawQuery());
        assertHeaders(sent);
    }

    @Test
    @Order(6)
    void getListHonoursPaging() throws Exception {
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, "{\"status\":\"success\",\"data\":[]}"));

        var response = call("GET", "/millicast/getList?page=3&itemsOnPage=20&sortBy=AddedOn&isDescending=True", null);

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"success\",\"data\":[]}", response.body());
        assertEquals("page=3&itemsOnPage=20&sortBy=AddedOn&isDescending=True", onlyRequest().rawQuery());
    }

    @Test
    @Order(7)
    void upstreamFailuresKeepTheirStatusAndBody() throws Exception {
        Map<Integer, String> failures = Map.of(
                400, "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 99\"}}",
                401, "{\"status\":\"fail\",\"data\":{\"message\":\"Unauthorized\"}}",
                500, "{\"status\":\"error\",\"message\":\"simple error reason\",\"code\":500,\"data\":{}}");
        for (var failure : failures.entrySet()) {
            stub.answer("GET", "/api/publish_token/99", Answer.json(failure.getKey(), failure.getValue()));

            var response = call("POST", "/millicast/getToken", "{\"tokenId\":99}");

            assertEquals(failure.getKey(), response.statusCode());
            assertEquals(failure.getValue(), response.body());
        }
    }

    @Test
    @Order(8)
    void upstreamWithoutJsonIsABadGateway() throws Exception {
        stub.answer("GET", "/api/publish_token/5",
                new Answer(503, "<html>Service Unavailable</html>", Duration.ZERO, "text/html"));

        var response = call("POST", "/millicast/getToken", "{\"tokenId\":5}");

        assertEquals(502, response.statusCode());
        assertEquals("error", object(response.body()).getString("status"));
        assertEquals(502, object(response.body()).getInt("code"));
    }

    @Test
    @Order(9)
    void upstreamSlowerThanTheReadTimeoutAnswers504InBoundedTime() throws Exception {
        stub.answer("GET", "/api/publish_token/list",
                Answer.json(200, "{\"status\":\"success\",\"data\":[]}").after(Duration.ofSeconds(6)));

        long started = System.nanoTime();
        var response = call("GET", "/millicast/getList", null);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(504, response.statusCode());
        var body = object(response.body());
        assertEquals("error", body.getString("status"));
        assertEquals(504, body.getInt("code"));
        assertTrue(millis < 5000, "took " + millis + " ms with a 1500 ms read timeout");
    }

    @Test
    @Order(10)
    void upstreamDownAnswers502AndTheServerStaysUp() throws Exception {
        stub.stop();
        try {
            var response = call("POST", "/millicast/createToken", "{\"label\":\"a\",\"streams\":[{\"streamName\":\"a\"}]}");

            assertEquals(502, response.statusCode());
            var body = object(response.body());
            assertEquals("error", body.getString("status"));
            assertEquals(502, body.getInt("code"));
        } finally {
            stub.restart();
        }
        stub.answer("GET", "/api/publish_token/7", Answer.json(200, TOKEN));
        assertEquals(200, call("POST", "/millicast/getToken", "{\"tokenId\":7}").statusCode());
    }

    @Test
    @Order(11)
    void badRequestsGet400InMillicastsShapeAndNeverReachUpstream() throws Exception {
        record Bad(String method, String path, String body, List<String> fields) {
        }
        String longName = "x".repeat(129);
        List<Bad> cases = List.of(
                new Bad("POST", "/millicast/createToken", "{\"label\":\"a\",\"streams\":[]}", List.of("streams")),
                new Bad("POST", "/millicast/createToken", "{\"streams\":[{\"streamName\":\"a\"}]}", List.of("label")),
                new Bad("POST", "/millicast/createToken", "{\"label\":\"\",\"streams\":[{\"streamName\":\"\"}]}",
                        List.of("label", "streams[0].streamName")),
                new Bad("POST", "/millicast/createToken",
                        "{\"label\":\"" + longName + "\",\"streams\":[{\"streamName\":\"" + longName + "\"}]}",
                        List.of("label", "streams[0].streamName")),
                new Bad("POST", "/millicast/createToken", "{not json", List.of("$")),
                new Bad("POST", "/millicast/createToken", "[1,2]", List.of("$")),
                new Bad("POST", "/millicast/createToken", "{\"label\":\"a\",\"streams\":\"a\"}", List.of("streams")),
                new Bad("POST", "/millicast/getToken", "{\"tokenId\":\"abc\"}", List.of("tokenId")),
                new Bad("POST", "/millicast/getToken", "{\"tokenId\":0}", List.of("tokenId")),
                new Bad("POST", "/millicast/getToken", "{\"tokenId\":2147483648}", List.of("tokenId")),
                new Bad("POST", "/millicast/getToken", "{}", List.of("tokenId")),
                new Bad("DELETE", "/millicast/deleteToken", "{\"tokenId\":\"7; drop\"}", List.of("tokenId")),
                new Bad("PUT", "/millicast/updateToken", "{\"tokenId\":7}", List.of("data")),
                new Bad("PUT", "/millicast/updateToken", "{\"tokenId\":7,\"data\":{\"label\":\"" + longName + "\"}}",
                        List.of("label")),
                new Bad("GET", "/millicast/getList?page=0", null, List.of("page")),
                new Bad("GET", "/millicast/getList?itemsOnPage=101", null, List.of("itemsOnPage")),
                new Bad("GET", "/millicast/getList?itemsOnPage=0&page=x", null, List.of("itemsOnPage", "page")),
                new Bad("GET", "/millicast/getList?sortBy=Size", null, List.of("sortBy")));
        for (Bad bad : cases) {
            var response = call(bad.method(), bad.path(), bad.body());

            String label = bad.method() + " " + bad.path() + " " + bad.body();
            assertEquals(400, response.statusCode(), label);
            var data = object(response.body()).getJsonObject("data");
            assertEquals("fail", object(response.body()).getString("status"), label);
            assertEquals("Validation errors", data.getString("message"), label);
            assertEquals(bad.fields().stream().sorted().toList(),
                    data.getJsonObject("errors").keySet().stream().sorted().toList(), label);
        }
        var nothingToUpdate = call("PUT", "/millicast/updateToken", "{\"tokenId\":7,\"data\":{}}");
        assertEquals(400, nothingToUpdate.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"token\":\"No properties specified to update.\"}}",
                nothingToUpdate.body());
        assertEquals(List.of(), stub.received());
    }

    @Test
    @Order(12)
    void unknownEndpointsAndWrongMethodsAnswerJsonWithoutUpstreamCalls() throws Exception {
        var unknown = call("POST", "/millicast/renewToken", "{}");
        assertEquals(404, unknown.statusCode());
        assertEquals("No endpoint specified", object(unknown.body()).getString("desc"));
        assertEquals("error", object(unknown.body()).getString("status"));

        var wrongMethod = call("DELETE", "/millicast/getList", null);
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Method Not Allowed\"}}", wrongMethod.body());

        var wrongType = gateway.sendTyped("POST", "/millicast/createToken", "text/plain", "label=a");
        RESPONSES.add(wrongType);
        assertEquals(415, wrongType.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Unsupported Media Type\"}}", wrongType.body());
        assertEquals(List.of(), stub.received());
    }

    @Test
    @Order(13)
    void servesTheConfiguredCertificateAndPlainHttpRedirectsToHttps() throws Exception {
        var response = call("GET", "/millicast/nothing", null);
        var served = response.sslSession().orElseThrow().getPeerCertificates()[0];
        assertEquals(TestTls.sha256(TestTls.configuredGatewayCertificate(TestTls.gatewayDir())), TestTls.sha256(served));

        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var http = plain.send(HttpRequest.newBuilder(URI.create(plainHttpBase + "millicast/getList")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("http", plainHttpBase.getProtocol());
        assertEquals(302, http.statusCode());
        assertTrue(http.headers().firstValue("Location").orElseThrow().startsWith("https://"),
                http.headers().map().toString());
        assertEquals(List.of(), stub.received());
    }

    @Test
    @Order(14)
    void theApiSecretIsNotAGatewayCredential() throws Exception {
        var response = anonymous.withAuthorization("Bearer " + SECRET).get("/millicast/getList");
        RESPONSES.add(response);

        assertEquals(401, response.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Unauthorized\"}}", response.body());
        assertEquals(List.of(), stub.received());
    }

    @Test
    @Order(99)
    void theSecretAppearsInNoResponseAndNoServerLogLine() throws Exception {
        assertTrue(RESPONSES.size() > 20, "responses seen: " + RESPONSES.size());
        for (HttpResponse<String> response : RESPONSES) {
            assertFalse(response.body().contains(SECRET), response.uri().toString());
            assertFalse(response.headers().map().toString().contains(SECRET), response.uri().toString());
        }
        String log = ServerLog.read();
        // the log really holds the upstream traffic (bodies are logged in this deployment) ...
        assertTrue(log.contains("POST /api/publish_token"), "request logging missing from server.log");
        // ... with the secret and the token strings masked
        assertFalse(log.contains(SECRET), "the API secret is in server.log");
        assertFalse(log.contains(TOKEN_STRING), "a token string is in server.log");
        assertTrue(log.contains("\"token\":\"***\""), "redacted token member missing from server.log");
    }
}
