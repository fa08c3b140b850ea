package io.tokengateway.viewers.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.StubMillicast.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Viewer tokens minted by the gateway against the real HTTPS stub (which counts what reaches it) and the real
 * database: a token that verifies with java-jwt under the subscribe token's string, a batch, every refusal with
 * nothing sent upstream, the subscribe token fetched once for many mints and again after a renewal through the
 * gateway, a minter key limited to one subscribe token, and the audit counts after a burst. Each test uses its own
 * subscribe token id, since the gateway's cache outlives a test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ViewerTokensIT {

    private static final String FIRST = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String RENEWED = "1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f00f";

    private static StubMillicast stub;
    private static String minterKey;
    private static String limitedKey;
    private static String viewerKey;
    private static String editorKey;
    private final GatewayClient anonymous = GatewayClient.forTestServer();

    ViewerTokensIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        return Deployments.againstStub("viewers", stub, "it-secret-viewers", Map.of(
                "millicast.account.id", "acc1",
                "gateway.audit.tally.seconds", "1"));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void keys() throws Exception {
        if (minterKey == null) {
            minterKey = Admin.issueKey(anonymous, "paywall", "minter");
            viewerKey = Admin.issueKey(anonymous, "reader", "viewer");
            editorKey = Admin.issueKey(anonymous, "ops", "editor");
            var limited = anonymous.withPassword(Admin.NAME, Admin.PASSWORD).post("/admin/api-keys",
                    "{\"label\":\"tonight\",\"role\":\"minter\",\"masters\":[45]}");
            assertEquals(201, limited.statusCode(), limited.body());
            JsonObject data = object(limited.body()).getJsonObject("data");
            assertEquals("[45]", data.getJsonObject("apiKey").getJsonArray("masters").toString());
            limitedKey = data.getString("key");
        }
        stub.reset();
    }

    private static String master(int id, String token, String extra) {
        return "{\"status\":\"success\",\"data\":{\"id\":" + id + ",\"label\":\"event\",\"token\":\"" + token + "\","
                + "\"addedOn\":\"2026-11-28T10:00:00Z\",\"isActive\":true,\"streams\":[{\"streamName\":\"event\","
                + "\"isRegex\":false},{\"streamName\":\"cam[0-9]+\",\"isRegex\":true}]" + extra + "}}";
    }

    private void serve(int id, String token, String extra) {
        stub.answer("GET", "/api/subscribe_token/" + id, Answer.json(200, master(id, token, extra)));
    }

    private HttpResponse<String> mint(String key, int id, String body) throws Exception {
        return anonymous.withKey(key).post("/api/subscribe_token/" + id + "/viewer_token", body);
    }

    private long fetchesOf(int id) {
        return stub.received().stream().filter(r -> r.path().equals("/api/subscribe_token/" + id)).count();
    }

    private static DecodedJWT verified(String jwt, String key) {
        return JWT.require(Algorithm.HMAC256(key)).build().verify(jwt);
    }

    @Test
    void aMintedTokenVerifiesWithTheSubscribeTokensStringAndHasExactlyItsMembers() throws Exception {
        serve(41, FIRST, ",\"tracking\":{\"trackingId\":\"pay-41\"},\"originCluster\":\"fra-1\"");

        var answer = mint(minterKey, 41, "{\"streamName\":\"cam12\",\"viewerIp\":\"203.0.113.7\",\"expiresIn\":600,"
                + "\"allowedOrigins\":[\"example.com\"],\"customViewerData\":\"seat \\\"12\\\"\"}");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject data = object(answer.body()).getJsonObject("data");
        String jwt = data.getString("token");
        DecodedJWT decoded = verified(jwt, FIRST);
        assertEquals(600, decoded.getClaim("exp").asLong() - decoded.getClaim("iat").asLong());
        assertEquals("{\"streaming\":{\"tokenId\":41,\"tokenType\":\"Subscribe\",\"streamName\":\"cam12\","
                + "\"allowedOrigins\":[\"example.com\"],\"allowedIpAddresses\":[\"203.0.113.7\"],"
                + "\"tracking\":{\"trackingId\":\"pay-41\"},\"customViewerData\":\"seat \\\"12\\\"\","
                + "\"originCluster\":\"fra-1\"},\"exp\":" + decoded.getClaim("exp").asLong() + ",\"iat\":"
                + decoded.getClaim("iat").asLong() + "}",
                new String(Base64.getUrlDecoder().decode(decoded.getPayload()), StandardCharsets.UTF_8));
        assertEquals(41, data.getInt("tokenId"));
        assertEquals("cam12", data.getString("streamName"));
        assertEquals(Instant.ofEpochSecond(decoded.getClaim("exp").asLong()).toString(), data.getString("expiresOn"));
        assertEquals("https://viewer.millicast.com/?streamId=acc1/cam12&token=" + jwt, data.getString("viewerUrl"));
        assertEquals(List.of("token", "tokenId", "streamName", "expiresOn", "viewerUrl"), new ArrayList<>(data.keySet()));
        assertFalse(answer.body().contains(FIRST), "the subscribe token's string never leaves the gateway");
        assertEquals(1, fetchesOf(41));
        stub.received().forEach(r -> assertEquals("Bearer it-secret-viewers", r.authorization()));
    }

    @Test
    void aBatchAnswersEachViewerInOrder() throws Exception {
        serve(42, FIRST, "");

        var answer = anonymous.withKey(minterKey).post("/api/subscribe_token/42/viewer_tokens",
                "{\"viewers\":[{\"streamName\":\"event\"},{\"streamName\":\"elsewhere\"},{\"streamName\":\"cam1\",\"expiresIn\":60}]}");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject data = object(answer.body()).getJsonObject("data");
        assertEquals(2, data.getInt("minted"));
        assertEquals(1, data.getInt("refused"));
        var viewers = data.getJsonArray("viewers");
        assertEquals("event", viewers.getJsonObject(0).getString("streamName"));
        verified(viewers.getJsonObject(0).getString("token"), FIRST);
        assertEquals("{\"errors\":{\"streamName\":[\"The stream 'elsewhere' is not one that subscribe token 42 allows.\"]}}",
                viewers.get(1).toString());
        DecodedJWT third = verified(viewers.getJsonObject(2).getString("token"), FIRST);
        assertEquals(60, third.getClaim("exp").asLong() - third.getClaim("iat").asLong());
        assertEquals(1, fetchesOf(42));
    }

    @Test
    void everyRuleIsRefusedWith400NamingTheFieldAndNothingGoesUpstreamForABadRequest() throws Exception {
        String[][] refusals = {
            {"{\"expiresIn\":300}", "streamName", "The StreamName field is required."},
            {"{\"streamName\":\"event\",\"expiresIn\":86401}", "expiresIn", "The field ExpiresIn must be between 1 and 86400."},
            {"{\"streamName\":\"event\",\"expiresIn\":0}", "expiresIn", "The field ExpiresIn must be between 1 and 86400."},
            {"{\"streamName\":\"event\",\"customViewerData\":\"" + "d".repeat(1025) + "\"}", "customViewerData",
                "The field CustomViewerData must be a string with a maximum length of 1024."},
            {"{\"streamName\":\"event\",\"viewerIp\":\"203.0.113\"}", "viewerIp", "'203.0.113' is not a valid IPv4 address or CIDR block."},
            {"{\"streamName\":\"event\",\"viewer\":\"x\"}", "viewer", "'viewer' is not a member of a viewer token request."},
        };
        for (String[] refusal : refusals) {
            var answer = mint(minterKey, 43, refusal[0]);
            assertEquals(400, answer.statusCode(), answer.body());
            assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"" + refusal[1] + "\":[\"" + refusal[2]
                    + "\"]},\"message\":\"Validation errors\"}}", answer.body());
        }
        var tooMany = anonymous.withKey(minterKey).post("/api/subscribe_token/43/viewer_tokens",
                "{\"viewers\":[" + String.join(",", java.util.Collections.nCopies(1001, "{\"streamName\":\"event\"}")) + "]}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("\"viewers\":[\"The field Viewers must list 1 to 1000 viewers; it lists 1001.\"]"));
        assertEquals(List.of(), stub.received(), "a bad request calls nothing upstream");

        serve(43, FIRST, ",\"expiresOn\":\"" + Instant.now().plusSeconds(100).toString() + "\",\"tracking\":{\"trackingId\":\"t43\"}");
        var outliving = mint(minterKey, 43, "{\"streamName\":\"event\",\"expiresIn\":3600}");
        assertEquals(400, outliving.statusCode(), outliving.body());
        assertTrue(outliving.body().contains("\"expiresIn\":[\"A viewer token cannot outlive its subscribe token: token 43 expires at"),
                outliving.body());
        var otherStream = mint(minterKey, 43, "{\"streamName\":\"cam\",\"expiresIn\":60}");
        assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"streamName\":[\"The stream 'cam' is not one that subscribe "
                + "token 43 allows.\"]},\"message\":\"Validation errors\"}}", otherStream.body());
        var otherTracking = mint(minterKey, 43, "{\"streamName\":\"event\",\"trackingId\":\"mine\",\"expiresIn\":60}");
        assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"trackingId\":[\"Subscribe token 43 is tracked as 't43': a "
                + "viewer token must carry the same trackingId, or none.\"]},\"message\":\"Validation errors\"}}", otherTracking.body());
        assertEquals(1, stub.received().size(), "fetched once, for the first request that passed its own rules");
    }

    @Test
    void aDisabledOrDeletedSubscribeTokenMintsNothingAndSaysWhich() throws Exception {
        stub.answer("GET", "/api/subscribe_token/44", Answer.json(200, master(44, FIRST, "").replace("\"isActive\":true",
                "\"isActive\":false")));
        var disabled = mint(minterKey, 44, "{\"streamName\":\"event\"}");
        assertEquals(400, disabled.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"tokenId\":[\"Subscribe token 44 is disabled: it mints no "
                + "viewer tokens.\"]},\"message\":\"Validation errors\"}}", disabled.body());

        stub.answer("GET", "/api/subscribe_token/46", Answer.json(400,
                "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No subscribe token with id: 46\"}}"));
        var deleted = mint(minterKey, 46, "{\"streamName\":\"event\"}");
        assertEquals(400, deleted.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"tokenId\":\"No subscribe token with id: 46\"}}", deleted.body());
    }

    @Test
    void theSubscribeTokenIsFetchedOnceAndRenewingItThroughTheGatewayMakesTheNextTokenUseTheNewString() throws Exception {
        serve(47, FIRST, "");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var answer = mint(minterKey, 47, "{\"streamName\":\"event\",\"viewerIp\":\"203.0.113." + i + "\"}");
            assertEquals(200, answer.statusCode(), answer.body());
            before.add(object(answer.body()).getJsonObject("data").getString("token"));
        }
        assertEquals(1, fetchesOf(47));

        stub.answer("PUT", "/api/v2/subscribe_token/47", Answer.json(200, master(47, RENEWED, "")));
        var renewed = anonymous.withKey(editorKey).send("PUT", "/api/v2/subscribe_token/47", "{\"refreshToken\":true}");
        assertEquals(200, renewed.statusCode(), renewed.body());
        serve(47, RENEWED, "");
        var after = mint(minterKey, 47, "{\"streamName\":\"event\"}");

        String jwt = object(after.body()).getJsonObject("data").getString("token");
        verified(jwt, RENEWED);
        assertThrows(SignatureVerificationException.class, () -> verified(before.get(0), RENEWED),
                "children of the old string do not verify with the new one");
        assertEquals(2, fetchesOf(47));
    }

    @Test
    void aMinterKeyMintsForItsNamedSubscribeTokensOnlyAndDoesNothingElse() throws Exception {
        serve(45, FIRST, "");
        serve(48, FIRST, "");
        assertEquals(200, mint(limitedKey, 45, "{\"streamName\":\"event\"}").statusCode());
        String forbidden = "{\"status\":\"fail\",\"data\":{\"message\":\"Forbidden\"}}";
        var other = mint(limitedKey, 48, "{\"streamName\":\"event\"}");
        assertEquals(403, other.statusCode());
        assertEquals(forbidden, other.body());
        assertEquals(200, mint(minterKey, 48, "{\"streamName\":\"event\"}").statusCode());
        assertEquals(403, mint(viewerKey, 48, "{\"streamName\":\"event\"}").statusCode(), "a viewer does not mint");
        assertEquals(200, mint(editorKey, 48, "{\"streamName\":\"event\"}").statusCode());

        for (String key : List.of(minterKey, limitedKey)) {
            GatewayClient minter = anonymous.withKey(key);
            for (HttpResponse<String> elsewhere : List.of(minter.get("/api/subscribe_token/45"),
                    minter.get("/api/subscribe_token/list?page=1&itemsOnPage=10"),
                    minter.post("/api/subscribe_token", "{\"label\":\"x\",\"streams\":[{\"streamName\":\"x\"}]}"),
                    minter.post("/millicast/getToken", "{\"tokenId\":45}"),
                    minter.get("/admin/audit"),
                    minter.get("/admin/api-keys"))) {
                assertEquals(403, elsewhere.statusCode(), elsewhere.uri() + " " + elsewhere.body());
                assertEquals(forbidden, elsewhere.body());
            }
            assertEquals(403, minter.get("/index.xhtml").statusCode(), "no console page either");
        }
        var editorLimited = anonymous.withPassword(Admin.NAME, Admin.PASSWORD).post("/admin/api-keys",
                "{\"label\":\"limited editor\",\"role\":\"editor\",\"masters\":[45]}");
        assertEquals(400, editorLimited.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"masters\":[\"masters may be given for a minter key "
                + "only\"]},\"message\":\"Validation errors\"}}", editorLimited.body());
        stub.answer("GET", "/api/subscribe_token/45", Answer.json(200, master(45, FIRST, "")));
        var read = anonymous.withKey(editorKey).get("/api/subscribe_token/45");
        assertEquals(200, read.statusCode(), "Millicast's own route beside the minting routes: " + read.body());
        assertEquals(List.of("GET /api/subscribe_token/45", "GET /api/subscribe_token/48",
                "GET /api/subscribe_token/45"),
                stub.received().stream().map(r -> r.method() + " " + r.path()).toList());
    }

    @Test
    void theAuditCountsMatchWhatAScriptedBurstMinted() throws Exception {
        serve(49, FIRST, "");
        GatewayClient paywall = anonymous.withKey(minterKey);
        // an admin key, not a password: a password check (PBKDF2) would give the counting's schedule time to write
        GatewayClient auditor = anonymous.withKey(Admin.issueKey(anonymous, "auditor", "admin"));
        for (int i = 0; i < 37; i++) {
            assertEquals(200, mint(minterKey, 49, "{\"streamName\":\"event\"}").statusCode());
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(400, mint(minterKey, 49, "{\"streamName\":\"nope\"}").statusCode());
        }
        assertEquals(200, paywall.post("/api/subscribe_token/49/viewer_tokens",
                "{\"viewers\":[{\"streamName\":\"event\"},{\"streamName\":\"event\"},{\"streamName\":\"nope\"}]}").statusCode());

        // Read once, just after the last mint's window (1 s here, aligned to whole seconds) has ended: the audit
        // search writes every ended window before it reads, so the counts are complete at once. (Without that, the
        // counting's own schedule, one write per window at its own phase, would usually not have written the last
        // window yet.)
        long windowMillis = 1000;
        Thread.sleep(windowMillis - System.currentTimeMillis() % windowMillis + 20);
        var trail = auditor.get("/admin/audit?action=viewer_token.mint&tokenId=49&pageSize=100");
        assertEquals(200, trail.statusCode(), trail.body());
        long minted = 0;
        long refused = 0;
        for (JsonValue row : object(trail.body()).getJsonObject("data").getJsonArray("events")) {
            JsonObject r = row.asJsonObject();
            assertTrue(r.getString("actor").startsWith("paywall (key "), r.toString());
            long count = Long.parseLong(r.getString("outcome").replaceAll(".*×", ""));
            if (r.getString("outcome").startsWith("200 minted ×")) {
                minted += count;
            } else if (r.getString("outcome").startsWith("400 validation: streamName ×")) {
                refused += count;
            }
        }
        assertEquals(39, minted, trail.body());
        assertEquals(5, refused);
    }
}
