package io.tokengateway.platform.boundary;

import static io.tokengateway.testing.JsonText.object;
import static io.tokengateway.testing.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.ServerLog;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast.Received;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.TestTls;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every byte a client sends is passed on exactly or refused, and nothing sensitive is written down: bodies that are
 * not UTF-8, lone surrogate escapes and JSON without a Content-Type never reach the stub of the Millicast API; body
 * checks come after the access decision; sensitive members, however spelled, reach neither the audit trail nor the
 * server log; answers are {@code Cache-Control: no-store}. Over HTTP/2 and HTTP/1.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestBytesIT {

    private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    private static final String SECRET = "it-secret-bytes-" + RUN;
    private static final String TOKEN_STRING = "c0ffee" + RUN + "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978";
    private static final String ANSWERED_KEY = "answered-key-" + RUN;
    private static final String ANSWERED_CASED_KEY = "answered-cased-key-" + RUN;
    private static final String ANSWERED_PASSPHRASE = "answered-passphrase-" + RUN;
    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":7,\"label\":\"cam\",\"token\":\""
            + TOKEN_STRING + "\",\"srtPassphrase\":\"" + ANSWERED_PASSPHRASE + "\",\"isActive\":true,"
            + "\"streams\":[{\"streamName\":\"cam\",\"isRegex\":false}],\"restream\":[{\"url\":\"rtmp://a/x\",\"key\":\""
            + ANSWERED_KEY + "\",\"Key\":\"" + ANSWERED_CASED_KEY + "\"}]}}";

    private static final String NOT_UTF8 =
            "{\"status\":\"fail\",\"data\":{\"errors\":{\"$\":[\"The request body is not valid UTF-8.\"]},\"message\":\"Validation errors\"}}";
    private static final String UNSUPPORTED = "{\"status\":\"fail\",\"data\":{\"message\":\"Unsupported Media Type\"}}";

    /** Every route that takes a JSON body, on the tutorial routes, Millicast's paths and the admin API (no DELETE). */
    private static final List<String[]> BODY_ROUTES = List.of(
            new String[] {"POST", "/millicast/createToken"},
            new String[] {"PUT", "/millicast/updateToken"},
            new String[] {"POST", "/millicast/updateToken"},
            new String[] {"POST", "/millicast/getToken"},
            new String[] {"POST", "/millicast/deleteToken"},
            new String[] {"POST", "/millicast/getList"},
            new String[] {"POST", "/api/publish_token"},
            new String[] {"POST", "/api/subscribe_token"},
            new String[] {"PUT", "/api/publish_token/7"},
            new String[] {"PUT", "/api/v2/publish_token/7"},
            new String[] {"PUT", "/api/v2/subscribe_token/7"},
            new String[] {"PATCH", "/api/publish_token/disable"},
            new String[] {"POST", "/api/publish_token/delete"},
            new String[] {"POST", "/admin/api-keys"},
            new String[] {"POST", "/admin/users"},
            new String[] {"PUT", "/admin/users/bytes-person"});

    /** One body every route above would take; {@code %s} is where the bytes under test go. */
    private static final String BODY = "{\"label\":\"%s\",\"streams\":[{\"streamName\":\"s\"}],\"tokenId\":7,"
            + "\"data\":{\"label\":\"%s\"},\"tokenIds\":[7],\"name\":\"%s\",\"role\":\"viewer\","
            + "\"password\":\"bytes-password-1\"}";

    private static final List<HttpClient.Version> VERSIONS = List.of(HttpClient.Version.HTTP_2, HttpClient.Version.HTTP_1_1);

    private static StubMillicast stub;
    private static String editorKey;
    /** An admin key rather than the admin's password: a password check costs 100,000 hash rounds per request. */
    private static String adminBearer;

    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private final GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);

    RequestBytesIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        return Deployments.againstStub("bytes", stub, SECRET, Map.of("gateway.log.bodies", "true"));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void resetStubAndMakeTheFixtures() throws Exception {
        stub.reset();
        if (editorKey == null) {
            editorKey = Admin.issueKey(anonymous, "bytes editor", "editor");
            adminBearer = "Bearer " + Admin.issueKey(anonymous, "bytes admin", "admin");
            assertEquals(201, admin.post("/admin/users",
                    "{\"name\":\"bytes-person\",\"role\":\"viewer\",\"password\":\"bytes-password-0\"}").statusCode());
        }
    }

    private static final Map<HttpClient.Version, HttpClient> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One client per HTTP version, so that its connection is reused across requests. */
    private static HttpClient client(HttpClient.Version version) throws Exception {
        HttpClient client = CLIENTS.get(version);
        if (client == null) {
            client = HttpClient.newBuilder().version(version).sslContext(TestTls.trustingGateway(TestTls.gatewayDir()))
                    .connectTimeout(Duration.ofSeconds(10)).build();
            CLIENTS.put(version, client);
        }
        return client;
    }

    /** A request with exactly these bytes; no Content-Type header when {@code contentType} is null. */
    private static HttpResponse<String> send(HttpClient.Version version, String authorization, String method, String path,
            String contentType, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GatewayClient.forTestServer().base() + path))
                .timeout(Duration.ofSeconds(30)).method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = client(version).send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(version, response.version(), "the request went over " + response.version());
        return response;
    }

    private static byte[] body(byte[] inserted) {
        String[] parts = BODY.split("%s", -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.writeBytes(inserted);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private String adminState() throws Exception {
        JsonArray keys = object(admin.get("/admin/api-keys").body()).getJsonArray("data");
        JsonArray users = object(admin.get("/admin/users").body()).getJsonArray("data");
        return keys.size() + " keys, users " + users;
    }

    @Test
    void bodiesThatAreNotUtf8AreRefusedEverywhereAndGoNowhere() throws Exception {
        String before = adminState();
        Map<String, byte[]> notUtf8 = new LinkedHashMap<>();
        notUtf8.put("0xFF", bytes("61ff62"));
        notUtf8.put("0xFE", bytes("61fe62"));
        notUtf8.put("lone continuation byte", bytes("618062"));
        notUtf8.put("overlong /", bytes("61c0af62"));
        notUtf8.put("UTF-8 of a surrogate", bytes("61eda08062"));
        notUtf8.put("past U+10FFFF", bytes("61f490808062"));
        notUtf8.put("cut-short sequence", bytes("61e28262"));
        notUtf8.put("Latin-1 é", bytes("636166e9"));

        for (HttpClient.Version version : VERSIONS) {
            for (String[] route : BODY_ROUTES) {
                for (Map.Entry<String, byte[]> bad : notUtf8.entrySet()) {
                    var response = send(version, adminBearer, route[0], route[1], "application/json",
                            HttpRequest.BodyPublishers.ofByteArray(body(bad.getValue())));

                    String where = version + " " + route[0] + " " + route[1] + " " + bad.getKey();
                    assertEquals(400, response.statusCode(), where + ": " + response.body());
                    assertEquals(NOT_UTF8, response.body(), where);
                }
            }
        }
        assertEquals(List.of(), stub.received());
        assertEquals(before, adminState());
    }

    @Test
    void loneSurrogateEscapesAreRefusedEverywhereAndGoNowhere() throws Exception {
        String before = adminState();
        for (HttpClient.Version version : VERSIONS) {
            for (String[] route : BODY_ROUTES) {
                for (String lone : List.of("\\ud800", "\\udc00x", "a\\uD83Db", "\\udfff\\ud800")) {
                    var response = send(version, adminBearer, route[0], route[1], "application/json",
                            HttpRequest.BodyPublishers.ofByteArray(body(lone.getBytes(StandardCharsets.US_ASCII))));

                    String where = version + " " + route[0] + " " + route[1] + " " + lone;
                    assertEquals(400, response.statusCode(), where + ": " + response.body());
                    JsonObject data = object(response.body()).getJsonObject("data");
                    assertEquals("Validation errors", data.getString("message"), where);
                    assertTrue(data.getJsonObject("errors").getJsonArray("$").getString(0)
                            .startsWith("The request body has a \\u escape of half a UTF-16 surrogate pair"), where);
                }
            }
        }
        assertEquals(List.of(), stub.received());
        assertEquals(before, adminState());
    }

    @Test
    void queryEscapesThatAreNotUtf8AreRefusedAndGoNowhere() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("/api/publish_token/list_by_name?name=%FF&page=1&itemsOnPage=10", "name");
        queries.put("/api/subscribe_token/list?page=1&itemsOnPage=10&sortBy=%C0%AF", "sortBy");
        queries.put("/api/publish_token/active?streamId=acc%2Fcam%ED%A0%80", "streamId");
        queries.put("/millicast/getList?sortBy=Name%E2%82", "sortBy");
        queries.put("/millicast/getToken?tokenId=7%80", "tokenId");
        queries.put("/admin/audit?actor=caf%E9", "actor");
        for (HttpClient.Version version : VERSIONS) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                var response = send(version, adminBearer, "GET", query.getKey(), null, HttpRequest.BodyPublishers.noBody());

                String where = version + " " + query.getKey();
                assertEquals(400, response.statusCode(), where + ": " + response.body());
                assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"" + query.getValue()
                        + "\":[\"The query parameter is not valid UTF-8.\"]},\"message\":\"Validation errors\"}}",
                        response.body(), where);
            }
        }
        assertEquals(List.of(), stub.received());
    }

    @Test
    void jsonWithoutAContentTypeOrInAnotherCharsetIsRefusedWith415() throws Exception {
        String before = adminState();
        byte[] json = body("plain".getBytes(StandardCharsets.UTF_8));
        for (HttpClient.Version version : VERSIONS) {
            for (String[] route : BODY_ROUTES) {
                for (String type : new String[] {null, "application/json; charset=ISO-8859-1", "application/json; charset=utf-16"}) {
                    var response = send(version, adminBearer, route[0], route[1], type,
                            HttpRequest.BodyPublishers.ofByteArray(json));

                    String where = version + " " + route[0] + " " + route[1] + " Content-Type " + type;
                    assertEquals(415, response.statusCode(), where + ": " + response.body());
                    assertEquals(UNSUPPORTED, response.body(), where);
                }
            }
        }
        assertEquals(List.of(), stub.received());
        assertEquals(before, adminState());
    }

    @Test
    void validUtf8IsPassedOnExactlyOverBothVersions() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
        String label = "caf\u00e9 \u65e5\u672c \ud83d\ude00 \\ud83d\\ude00 \\u00e9";
        String body = "{\"label\":\"" + label + "\",\"streams\":[{\"streamName\":\"s\"}]}";
        for (HttpClient.Version version : VERSIONS) {
            for (String type : List.of("application/json", "application/json; charset=utf-8", "application/json;charset=UTF8")) {
                var response = send(version, "Bearer " + editorKey, "POST", "/api/publish_token", type,
                        HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
                assertEquals(200, response.statusCode(), version + " " + type + ": " + response.body());
            }
        }
        assertEquals(6, stub.received().size());
        for (Received sent : stub.received()) {
            assertEquals("caf\u00e9 \u65e5\u672c \ud83d\ude00 \ud83d\ude00 \u00e9",
                    object(sent.body()).getString("label"), sent.body());
        }
    }

    @Test
    void aChunkedBodyOverTheBoundIsRefusedWith413AfterTheAccessDecision() throws Exception {
        byte[] large = body("x".repeat(70_000).getBytes(StandardCharsets.UTF_8));
        for (HttpClient.Version version : VERSIONS) {
            // no Content-Length: chunked over HTTP/1.1, DATA frames without a length over HTTP/2
            var tooLarge = send(version, "Bearer " + editorKey, "POST", "/millicast/createToken", "application/json",
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));

            assertEquals(413, tooLarge.statusCode(), version + " " + tooLarge.body());
            assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Request Entity Too Large: at most 65536 bytes\"}}",
                    tooLarge.body());
        }
        assertEquals(List.of(), stub.received());
    }

    /**
     * A body that never ends, over HTTP/1.1: a server that reads before it decides never answers. (Change routes
     * are left out while security.boundary.AccessFilter still reads their bodies to note the token for the audit.)
     */
    @Test
    void anAnonymousRequestIsAnsweredWithoutItsBodyBeingRead() throws Exception {
        for (String path : List.of("/millicast/getToken", "/millicast/getList")) {
            try (SSLSocket socket = rawHttp11()) {
                writeHead(socket, path);
                socket.getOutputStream().write("10\r\n{\"tokenId\":7,   \r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();

                assertEquals("HTTP/1.1 401 Unauthorized", readLine(socket.getInputStream()), path);
            }
        }
        assertEquals(List.of(), stub.received());
    }

    /** Before, the size bound read an anonymous chunked body first and answered 413: the caller comes first. */
    @Test
    void anAnonymousBodyOverTheBoundIsAnswered401() throws Exception {
        byte[] large = ("{\"label\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        for (String path : List.of("/millicast/getToken", "/millicast/createToken", "/api/publish_token", "/admin/api-keys")) {
            try (SSLSocket socket = rawHttp11()) {
                writeHead(socket, path);
                // written on the side: a server that does not read it must still be able to answer
                Thread writer = new Thread(() -> {
                    try {
                        OutputStream out = socket.getOutputStream();
                        out.write((Integer.toHexString(large.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(large);
                        out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (java.io.IOException closed) {
                        // the test closed the socket once it had its answer
                    }
                });
                writer.setDaemon(true);
                writer.start();

                assertEquals("HTTP/1.1 401 Unauthorized", readLine(socket.getInputStream()), path);
            }
        }
        assertEquals(List.of(), stub.received());
    }

    private static SSLSocket rawHttp11() throws Exception {
        URI base = URI.create(GatewayClient.forTestServer().base());
        SSLSocket socket = (SSLSocket) TestTls.trustingGateway(TestTls.gatewayDir()).getSocketFactory()
                .createSocket(base.getHost(), base.getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static void writeHead(SSLSocket socket, String path) throws Exception {
        URI base = URI.create(GatewayClient.forTestServer().base());
        socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static String readLine(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n';) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Test
    void sensitiveMembersHoweverSpelledReachNeitherTheAuditTrailNorTheLog() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
        stub.answer("PUT", "/api/v2/publish_token/7", Answer.json(200, TOKEN));
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("plain", "escaped", "all-escaped", "second", "Key", "KEY", "kEy", "K-E-Y", "streamKey",
                "StreamKey", "stream_key", "Token", "apiKey", "ApiKey", "password", "newPassword", "Authorization",
                "secret", "apiSecret", "SRTPASSPHRASE", "srt_passphrase", "nested", "broken")) {
            values.put(name, "sv-" + name.toLowerCase().replace('_', '-') + "-" + RUN);
        }
        String restream = "[{\"url\":\"rtmp://a/x\",\"key\":\"" + values.get("plain") + "\"},"
                + "{\"url\":\"rtmp://b/x\",\"k\\u0065y\":\"" + values.get("escaped") + "\"},"
                + "{\"url\":\"rtmp://c/x\",\"\\u006B\\u0065\\u0079\":\"" + values.get("all-escaped") + "\"},"
                + "{\"url\":\"rtmp://d/x\",\"key\":\"" + values.get("second") + "\",\"Key\":\"" + values.get("Key")
                + "\",\"KEY\":\"" + values.get("KEY") + "\",\"kEy\":\"" + values.get("kEy") + "\",\"k\\u0045Y\":\""
                + values.get("K-E-Y") + "\",\"streamKey\":\"" + values.get("streamKey") + "\",\"StreamKey\":\""
                + values.get("StreamKey") + "\",\"stream_key\":\"" + values.get("stream_key") + "\"}]";
        String extras = "\"Token\":\"" + values.get("Token") + "\",\"apiKey\":\"" + values.get("apiKey") + "\",\"ApiKey\":\""
                + values.get("ApiKey") + "\",\"password\":\"" + values.get("password") + "\",\"newPassword\":\""
                + values.get("newPassword") + "\",\"Authorization\":\"" + values.get("Authorization") + "\",\"secret\":\""
                + values.get("secret") + "\",\"apiSecret\":\"" + values.get("apiSecret") + "\",\"SRTPASSPHRASE\":\""
                + values.get("SRTPASSPHRASE") + "\",\"srt_passphrase\":\"" + values.get("srt_passphrase")
                + "\",\"extra\":{\"deep\":[{\"Password\":\"" + values.get("nested") + "\"}]}";
        String create = "{\"label\":\"cam " + SECRET + "\",\"streams\":[{\"streamName\":\"cam\"}],\"restream\":" + restream
                + "," + extras + "}";
        String createWithKeyInLabel = "{\"label\":\"cam " + editorKey + "\",\"streams\":[{\"streamName\":\"cam\"}],"
                + "\"restream\":" + restream + "," + extras + "}";
        GatewayClient editor = anonymous.withKey(editorKey);

        List<HttpResponse<String>> responses = new ArrayList<>();
        responses.add(editor.post("/api/publish_token", create));
        responses.add(editor.post("/millicast/createToken", createWithKeyInLabel));
        responses.add(editor.send("PUT", "/api/v2/publish_token/7", "{\"restream\":" + restream + "," + extras + "}"));
        responses.add(editor.send("PUT", "/millicast/updateToken", "{\"tokenId\":7,\"data\":{\"restream\":" + restream
                + "," + extras + "}}"));
        var broken = editor.post("/api/publish_token", "{\"label\":\"x\",\"restream\":[{\"url\":\"u\",\"key\":\""
                + values.get("broken") + "\"}]");

        for (HttpResponse<String> response : responses) {
            assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        }
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals(4, stub.received().size(), stub.received().toString());
        // passed on exactly: every value reached the API
        for (String name : List.of("plain", "escaped", "all-escaped", "Key", "KEY", "streamKey", "Token", "password", "nested")) {
            assertTrue(stub.received().get(0).body().contains(values.get(name)), name);
        }
        assertEquals(parse(create), parse(stub.received().get(0).body()));

        List<String> mustNotAppear = new ArrayList<>(values.values());
        mustNotAppear.addAll(List.of(SECRET, editorKey, TOKEN_STRING, ANSWERED_KEY, ANSWERED_CASED_KEY, ANSWERED_PASSPHRASE));
        String trail = wholeAuditTrail();
        assertTrue(trail.contains("\"tokenId\":7") && trail.contains("create {"), "the creates are in the trail: " + trail);
        String log = serverLogWith("PUT /api/v2/publish_token/7");
        for (String value : mustNotAppear) {
            assertFalse(trail.contains(value), "in the audit trail: " + value);
            assertFalse(log.contains(value), "in the server log: " + value);
        }
    }

    /** Every page of {@code GET /admin/audit}, as the admin reads it. */
    private String wholeAuditTrail() throws Exception {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= 50; page++) {
            var response = admin.get("/admin/audit?pageSize=100&page=" + page);
            assertEquals(200, response.statusCode(), response.body());
            JsonArray events = object(response.body()).getJsonObject("data").getJsonArray("events");
            if (events.isEmpty()) {
                return all.toString();
            }
            all.append(events).append('\n');
        }
        throw new AssertionError("more than 50 pages of audit trail");
    }

    /** The server log once it holds {@code marker} (log files are written asynchronously). */
    private static String serverLogWith(String marker) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        String log = ServerLog.read();
        while (!log.contains(marker) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            log = ServerLog.read();
        }
        assertTrue(log.contains(marker), "the server log has no line with " + marker);
        return log;
    }

    @Test
    void answersAreNoStoreExceptFacesStaticResources() throws Exception {
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, "{\"status\":\"success\",\"data\":[]}"));
        GatewayClient editor = anonymous.withKey(editorKey);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("JSON answer", editor.get("/millicast/getList"));
        answers.put("API key issued", admin.post("/admin/api-keys", "{\"label\":\"no-store\",\"role\":\"viewer\"}"));
        answers.put("login page", anonymous.get("/login.xhtml"));
        answers.put("refused", anonymous.get("/api/publish_token/list"));
        answers.put("validation error", editor.post("/millicast/createToken", "{\"label\":\"\"}"));
        answers.put("unknown route", editor.get("/millicast/nothing"));
        answers.put("missing page", admin.get("/no-such-page.xhtml"));
        for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
            assertEquals(List.of("no-store"), answer.getValue().headers().allValues("Cache-Control"),
                    answer.getKey() + " " + answer.getValue().statusCode());
        }
        assertEquals(401, answers.get("refused").statusCode());
        assertEquals(400, answers.get("validation error").statusCode());

        var stylesheet = anonymous.get("/jakarta.faces.resource/css/gateway.css.xhtml");
        assertEquals(200, stylesheet.statusCode());
        assertFalse(stylesheet.headers().allValues("Cache-Control").contains("no-store"));
    }
}
