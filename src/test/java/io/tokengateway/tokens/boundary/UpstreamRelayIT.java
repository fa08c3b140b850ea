package io.tokengateway.tokens.boundary;

import static io.tokengateway.testing.JsonText.object;
import static io.tokengateway.testing.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.ServerLog;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast.Received;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.TestTls;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tutorial's five routes against a real HTTPS stub of the Millicast API: the exact upstream request,
 * the exact relayed answer, failures, validation before any upstream call, HTTPS, and the secret kept in.
 * Every test stands alone (any order, any subset): each resets the stub, and each checks its own answers for the secret.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UpstreamRelayIT {

    private static final String SECRET = "it-secret-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String TOKEN_STRING = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":7,\"label\":\"cam\",\"token\":\""
            + TOKEN_STRING + "\",\"addedOn\":\"2026-11-28T10:00:00.123456Z\",\"isActive\":true,"
            + "\"streams\":[{\"streamName\":\"cam\",\"isRegex\":false}]}}";

    private static StubMillicast stub;
    /** The answers this test got; every one is checked for the secret after the test. */
    private final List<HttpResponse<String>> responses = new ArrayList<>();

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
        // one attempt per call and no circuit breaker: each test here is about what a single failure looks like
        return Deployments.againstStub("relay", stub, SECRET, Map.of(
                "millicast.read.timeout.ms", "1500",
                "millicast.connect.timeout.ms", "1500",
                "gateway.log.bodies", "true",
                "gateway.upstream.retry.max", "0",
                "gateway.upstream.breaker.failures", "1000000"));
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

    @AfterEach
    void noAnswerCarriesTheSecret() {
        for (HttpResponse<String> response : responses) {
            assertFalse(response.body().contains(SECRET), response.uri().toString());
            assertFalse(response.headers().map().toString().contains(SECRET), response.uri().toString());
        }
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpResponse<String> response = gateway.send(method, path, body);
        responses.add(response);
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
    void getListHonoursPaging() throws Exception {
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, "{\"status\":\"success\",\"data\":[]}"));

        var response = call("GET", "/millicast/getList?page=3&itemsOnPage=20&sortBy=AddedOn&isDescending=True", null);

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"success\",\"data\":[]}", response.body());
        assertEquals("page=3&itemsOnPage=20&sortBy=AddedOn&isDescending=True", onlyRequest().rawQuery());
    }

    @Test
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
    void upstreamWithoutJsonIsABadGateway() throws Exception {
        stub.answer("GET", "/api/publish_token/5",
                new Answer(503, "<html>Service Unavailable</html>", Duration.ZERO, "text/html"));

        var response = call("POST", "/millicast/getToken", "{\"tokenId\":5}");

        assertEquals(502, response.statusCode());
        assertEquals("error", object(response.body()).getString("status"));
        assertEquals(502, object(response.body()).getInt("code"));
    }

    @Test
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
        assertEquals("The Millicast API sent no answer within 1.5 s", body.getString("message"));
        assertTrue(millis < 5000, "took " + millis + " ms with a 1500 ms read timeout");
    }

    @Test
    void upstreamDownAnswers502AndTheServerStaysUp() throws Exception {
        stub.stop();
        try {
            var response = call("POST", "/millicast/createToken", "{\"label\":\"a\",\"streams\":[{\"streamName\":\"a\"}]}");

            assertEquals(502, response.statusCode());
            assertEquals(brokenUpstream("The Millicast API could not be reached: connection refused"), response.body());
        } finally {
            stub.restart();
        }
        stub.answer("GET", "/api/publish_token/7", Answer.json(200, TOKEN));
        assertEquals(200, call("POST", "/millicast/getToken", "{\"tokenId\":7}").statusCode());
    }

    @Test
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
    void unknownEndpointsAndWrongMethodsAnswerJsonWithoutUpstreamCalls() throws Exception {
        var unknown = call("POST", "/millicast/renewToken", "{}");
        assertEquals(404, unknown.statusCode());
        assertEquals("No endpoint specified", object(unknown.body()).getString("desc"));
        assertEquals("error", object(unknown.body()).getString("status"));

        var wrongMethod = call("DELETE", "/millicast/getList", null);
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Method Not Allowed\"}}", wrongMethod.body());

        var wrongType = gateway.sendTyped("POST", "/millicast/createToken", "text/plain", "label=a");
        responses.add(wrongType);
        assertEquals(415, wrongType.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Unsupported Media Type\"}}", wrongType.body());
        assertEquals(List.of(), stub.received());
    }

    @Test
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
    void theApiSecretIsNotAGatewayCredential() throws Exception {
        var response = anonymous.withAuthorization("Bearer " + SECRET).get("/millicast/getList");
        responses.add(response);

        assertEquals(401, response.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Unauthorized\"}}", response.body());
        assertEquals(List.of(), stub.received());
    }

    private static String brokenUpstream(String message) {
        return "{\"status\":\"error\",\"message\":\"" + message + "\",\"code\":502,\"data\":{}}";
    }

    /** The server log once it holds {@code text}: Payara writes it asynchronously, so poll with a deadline. */
    private static String logContaining(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String log = ServerLog.read();
        while (!log.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100); // a poll step, bounded by the deadline
            log = ServerLog.read();
        }
        return log;
    }

    @Test
    void anAnswerCutOffIs502WhateverItsStatus() throws Exception {
        String failure = "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 7\"}}";
        Map<Integer, String> bodies = Map.of(200, TOKEN, 400, failure,
                500, "{\"status\":\"error\",\"message\":\"simple error reason\",\"code\":500,\"data\":{}}");
        for (var answer : bodies.entrySet()) {
            stub.answer("GET", "/api/publish_token/7", Answer.cutOff(answer.getKey(), answer.getValue(), 25));

            var response = call("POST", "/millicast/getToken", "{\"tokenId\":7}");

            assertEquals(502, response.statusCode(), "upstream " + answer.getKey());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            assertEquals(brokenUpstream("The Millicast API's answer (HTTP " + answer.getKey() + ") was cut off after 25 of "
                    + answer.getValue().length() + " bytes"), response.body());
        }
    }

    @Test
    void garbageHtmlEmptyAndNonEnvelopeAnswersAre502() throws Exception {
        Map<Answer, String> broken = new java.util.LinkedHashMap<>();
        broken.put(Answer.json(200, "garbage{{"), "is not valid JSON");
        broken.put(Answer.json(200, "<html><body>Bad gateway</body></html>"), "is not valid JSON");
        broken.put(Answer.typed(200, "text/html", "<html><body>OK</body></html>"), "came as text/html, not JSON");
        broken.put(Answer.json(200, ""), "had an empty body");
        broken.put(Answer.json(200, "[{\"id\":7}]"), "is JSON but not Millicast's {status, data} envelope");
        broken.put(Answer.json(200, "{\"id\":7,\"label\":\"cam\"}"), "is JSON but not Millicast's {status, data} envelope");
        broken.put(Answer.json(200, "{\"status\":\"error\",\"message\":\"m\",\"code\":500,\"data\":{}}"),
                "says \\\"error\\\" under a success status");
        broken.put(Answer.json(200, TOKEN + "{}"), "is not valid JSON");
        List<String> wrong = new ArrayList<>();
        for (var answer : broken.entrySet()) {
            stub.answer("GET", "/api/publish_token/7", answer.getKey());

            var response = call("GET", "/api/publish_token/7", null);

            String expected = brokenUpstream("The Millicast API's answer (HTTP 200) " + answer.getValue());
            if (response.statusCode() != 502 || !response.body().equals(expected)) {
                wrong.add(answer.getKey().body() + " -> " + response.statusCode() + " " + response.body());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aResetConnectionIs502SaysSoAndTheCreateIsSentOnlyOnce() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.reset());

        var response = call("POST", "/millicast/createToken", "{\"label\":\"a\",\"streams\":[{\"streamName\":\"a\"}]}");

        // a create is never repeated: the JDK would resend a buffered POST once after a dropped connection
        assertEquals(1, stub.received().size(), "upstream calls: " + stub.received());
        assertEquals(502, response.statusCode());
        // the request was sent when the connection broke: the token may exist (issue 10, the lost create)
        assertEquals(brokenUpstream("The Millicast API could not be reached: connection reset. "
                + "The token may have been created; list tokens to check."), response.body());
    }

    @Test
    void anUntrustedUpstreamCertificateIs502TlsHandshakeFailed() throws Exception {
        stub.presentUntrustedCertificate();

        var response = call("POST", "/millicast/getToken", "{\"tokenId\":7}");

        assertEquals(502, response.statusCode());
        assertEquals(brokenUpstream("The Millicast API could not be reached: TLS handshake failed: its certificate is not trusted"),
                response.body());
        assertEquals(List.of(), stub.received());
    }

    @Test
    void aRedirectIsNotFollowedSoTheSecretGoesNowhereElse() throws Exception {
        stub.answer("GET", "/api/publish_token/7", Answer.json(302, "").withHeader("Location", stub.baseUrl() + "/elsewhere"));

        var response = call("POST", "/millicast/getToken", "{\"tokenId\":7}");

        assertEquals(502, response.statusCode());
        assertEquals(List.of("/api/publish_token/7"), stub.received().stream().map(Received::path).toList());
    }

    @Test
    void a50MegabyteAnswerIsCutOffAtTheBoundWithOrWithoutItsLength() throws Exception {
        for (boolean chunked : List.of(false, true)) {
            stub.answer("GET", "/api/publish_token/list", Answer.huge(50L * 1024 * 1024, chunked));

            long started = System.nanoTime();
            var response = call("GET", "/millicast/getList", null);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(502, response.statusCode(), "chunked " + chunked);
            assertEquals(brokenUpstream("The Millicast API's answer (HTTP 200) is larger than the 8 MiB allowed; "
                    + "it was cut off"), response.body(), "chunked " + chunked);
            assertTrue(millis < 20_000, "took " + millis + " ms");
        }
        // the server is fine afterwards
        stub.answer("GET", "/api/publish_token/7", Answer.json(200, TOKEN));
        assertEquals(200, call("POST", "/millicast/getToken", "{\"tokenId\":7}").statusCode());
    }

    @Test
    void anAnswerUnderTheBoundIsRelayedWhole() throws Exception {
        stub.answer("GET", "/api/publish_token/list", Answer.huge(2L * 1024 * 1024, true));

        var response = call("GET", "/millicast/getList", null);

        assertEquals(200, response.statusCode());
        assertEquals(2 * 1024 * 1024, response.body().length());
        assertTrue(response.body().startsWith("{\"status\":\"success\",\"data\":\"xxx"));
    }

    @Test
    void encodedCharactersInATokenIdNeverChangeTheUpstreamUrl() throws Exception {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        ids.put("7%3Fx=1", "7?x=1");
        ids.put("7%23a", "7#a");
        ids.put("7%2F..%2Flist", "7/../list");
        ids.put("active%2Fall", "active/all");
        ids.put("%2E%2E", "..");
        ids.put("%D9%A7", "\u0667");
        ids.put("%EF%BC%97", "\uFF17");
        record Route(String method, String before, String after, String body) {
        }
        List<Route> routes = List.of(new Route("GET", "/api/publish_token/", "", null),
                new Route("DELETE", "/api/subscribe_token/", "", null),
                new Route("PUT", "/api/publish_token/", "", "{\"isActive\":false}"),
                new Route("PUT", "/api/v2/subscribe_token/", "", "{\"label\":\"x\"}"),
                new Route("POST", "/api/publish_token/", "/restream/sync", null));
        List<String> wrong = new ArrayList<>();
        for (var id : ids.entrySet()) {
            for (Route route : routes) {
                stub.reset();
                String path = route.before() + id.getKey() + route.after();

                var response = call(route.method(), path, route.body());

                String expected = "{\"status\":\"fail\",\"data\":{\"errors\":{\"tokenId\":[\"The value '"
                        + id.getValue() + "' is not valid.\"]},\"message\":\"Validation errors\"}}";
                if (response.statusCode() != 400 || !parse(expected).equals(parse(response.body()))
                        || !stub.received().isEmpty()) {
                    wrong.add(route.method() + " " + path + " -> " + response.statusCode() + " " + response.body()
                            + " upstream " + stub.received());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aNulInATokenIdIsRefusedAndGoesNowhere() throws Exception {
        // the HTTP layer refuses %00 before the application sees it (its body is §6's business); nothing goes upstream
        var response = call("GET", "/api/publish_token/7%00", null);

        assertEquals(400, response.statusCode());
        assertEquals(List.of(), stub.received());
    }

    @Test
    void theSecretAppearsInNoServerLogLine() throws Exception {
        // traffic of its own, so that the log holds an upstream success, failure and outage whatever ran before
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
        stub.answer("GET", "/api/publish_token/99", Answer.cutOff(200, TOKEN, 30));
        assertEquals(200, call("POST", "/millicast/createToken",
                "{\"label\":\"cam\",\"streams\":[{\"streamName\":\"cam\"}]}").statusCode());
        assertEquals(502, call("POST", "/millicast/getToken", "{\"tokenId\":99}").statusCode());
        assertEquals(401, anonymous.withAuthorization("Bearer " + SECRET).get("/millicast/getList").statusCode());

        String log = logContaining("GET /api/publish_token/99 failed");
        // the log really holds the upstream traffic (bodies are logged in this deployment) ...
        assertTrue(log.contains("POST /api/publish_token"), "request logging missing from server.log");
        assertTrue(log.contains("GET /api/publish_token/99 failed: The Millicast API's answer (HTTP 200) was cut off"),
                "the broken answer's reason is not in server.log");
        // ... with the secret and the token strings masked
        assertFalse(log.contains(SECRET), "the API secret is in server.log");
        assertFalse(log.contains(TOKEN_STRING), "a token string is in server.log");
        assertTrue(log.contains("\"token\":\"***\""), "redacted token member missing from server.log");
    }
}
