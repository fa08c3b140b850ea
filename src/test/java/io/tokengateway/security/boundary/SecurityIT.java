package io.tokengateway.security.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.FromAddress;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.ServerLog;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.TestTls;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Who may do what, against a real HTTPS stub upstream that counts calls: roles, API keys, logins and lockout,
 * cross-site requests, the audit trail, the rate limit and the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String SECRET = "security-it-secret-value";
    private static final String TOKEN_STRING = "ab".repeat(32);
    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":41,\"label\":\"sec\",\"token\":\""
            + TOKEN_STRING + "\",\"isActive\":true,\"streams\":[{\"streamName\":\"sec\",\"isRegex\":false}]}}";

    private static StubMillicast stub;
    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private final GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);

    SecurityIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        Map<String, String> settings = new HashMap<>(Admin.settings("security"));
        settings.putAll(Map.of(
                "millicast.api.url", stub.baseUrl(),
                "millicast.api.secret", SECRET,
                "millicast.trust.ca.file", TestTls.stubPem().toString(),
                "gateway.ratelimit.changes.per.second", "0.5",
                "gateway.ratelimit.changes.burst", "5",
                "gateway.login.max.failures", "3",
                "gateway.login.lock.seconds", "3",
                "gateway.login.failure.delay.ms", "10"));
        settings.putAll(Map.of(
                "gateway.ratelimit.reads.per.second", "0.5",
                "gateway.ratelimit.reads.burst", "5",
                "gateway.audit.tally.seconds", "1"));
        return Deployments.gateway(settings);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void answerEverythingUpstream() {
        stub.reset();
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, "{\"status\":\"success\",\"data\":[]}"));
        stub.answer("GET", "/api/publish_token/41", Answer.json(200, TOKEN));
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
        stub.answer("PUT", "/api/v2/publish_token/41", Answer.json(200, TOKEN));
        stub.answer("DELETE", "/api/publish_token/41", Answer.json(200, "{\"status\":\"success\",\"data\":true}"));
    }

    private record Route(String method, String path, String body, String least) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/millicast/getList", null, "viewer"),
            new Route("POST", "/millicast/getToken", "{\"tokenId\":41}", "viewer"),
            new Route("POST", "/millicast/createToken", "{\"label\":\"sec\",\"streams\":[{\"streamName\":\"sec\"}]}", "editor"),
            new Route("PUT", "/millicast/updateToken", "{\"tokenId\":41,\"data\":{\"isActive\":false}}", "editor"),
            new Route("DELETE", "/millicast/deleteToken", "{\"tokenId\":41}", "editor"),
            new Route("GET", "/admin/api-keys", null, "admin"),
            new Route("GET", "/admin/users", null, "admin"),
            new Route("GET", "/admin/audit", null, "admin"));

    private static int rank(String role) {
        return List.of("viewer", "editor", "admin").indexOf(role);
    }

    @Test
    void theAccessLogHasOneLinePerRequestByRouteTemplateWithoutCredentialsOrIds() throws Exception {
        String label = "access log " + java.util.UUID.randomUUID();
        String key = Admin.issueKey(anonymous, label, "editor");
        GatewayClient program = anonymous.withKey(key);
        String unknownPath = "/no-such-route-" + java.util.UUID.randomUUID();

        assertEquals(200, program.get("/api/publish_token/41").statusCode());
        assertEquals(200, program.post("/millicast/createToken", "{\"label\":\"sec\",\"streams\":[{\"streamName\":\"sec\"}]}")
                .statusCode());
        program.get(unknownPath);

        String who = "key \"" + label + " (key ";
        List<String> lines = List.of();
        for (int attempt = 0; attempt < 50 && lines.size() < 3; attempt++) {
            Thread.sleep(100);
            lines = ServerLog.read().lines().filter(line -> line.contains(who)).toList();
        }
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches(".*GET /api/\\{kind: [^ ]*\\}/\\{id\\} key \"access log [^\"]*\" 200 upstream 200 \\d+ ms total \\d+ ms.*"),
                lines.get(0));
        assertTrue(lines.get(1).matches(".*POST /millicast/createToken key \"access log [^\"]*\" 200 upstream 200 \\d+ ms total \\d+ ms.*"),
                lines.get(1));
        assertTrue(lines.get(2).matches(".*GET unmatched key \"access log [^\"]*\" 404 total \\d+ ms.*"), lines.get(2));
        String log = ServerLog.read();
        assertFalse(log.contains(key), "an API key is in the server log");
        assertFalse(log.contains(unknownPath), "a raw path is in the access log");
        assertFalse(log.contains(TOKEN_STRING), "a token string is in the server log");
        assertFalse(log.contains(SECRET), "the secret is in the server log");
    }

    @Test
    void roleMatrixGivesEachCredentialExactlyItsRights() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String role : List.of("viewer", "editor", "admin")) {
            keys.put(role, Admin.issueKey(anonymous, "matrix " + role, role));
        }
        String revoked = Admin.issueKey(anonymous, "matrix revoked", "admin");
        long revokedId = idOfKey(revoked);
        assertEquals(200, admin.send("DELETE", "/admin/api-keys/" + revokedId, null).statusCode());

        Map<String, GatewayClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", anonymous);
        keys.forEach((role, key) -> callers.put(role, anonymous.withKey(key)));
        callers.put("revoked key", anonymous.withKey(revoked));
        callers.put("unknown key", anonymous.withKey("tgw_AAAAAAAAAAAA_" + "B".repeat(32)));
        callers.put("malformed key", anonymous.withAuthorization("Bearer not-a-key"));
        callers.put("the API secret", anonymous.withAuthorization("Bearer " + SECRET));

        int allowedUpstreamCalls = 0;
        List<String> wrong = new ArrayList<>();
        for (var caller : callers.entrySet()) {
            for (Route route : ROUTES) {
                int expected = keys.containsKey(caller.getKey())
                        ? (rank(caller.getKey()) >= rank(route.least()) ? 200 : 403)
                        : 401;
                if (expected == 200 && route.path().startsWith("/millicast")) {
                    allowedUpstreamCalls++;
                }
                var response = caller.getValue().send(route.method(), route.path(), route.body());
                if (response.statusCode() != expected) {
                    wrong.add(caller.getKey() + " " + route.method() + " " + route.path() + ": " + response.statusCode()
                            + " (expected " + expected + ") " + response.body());
                }
                if (expected == 401) {
                    assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Unauthorized\"}}", response.body());
                } else if (expected == 403) {
                    assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Forbidden\"}}", response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(allowedUpstreamCalls, stub.received().size(), "upstream calls: " + stub.received());
    }

    private long idOfKey(String key) throws Exception {
        String prefix = key.substring(0, "tgw_".length() + 12);
        for (var listed : object(admin.get("/admin/api-keys").body()).getJsonArray("data")) {
            if (listed.asJsonObject().getString("prefix").equals(prefix)) {
                return listed.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("key not listed");
    }

    @Test
    void apiKeyLifecycleThroughTheAdminApi() throws Exception {
        var issued = admin.post("/admin/api-keys", "{\"label\":\"lifecycle\",\"role\":\"viewer\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject data = object(issued.body()).getJsonObject("data");
        String key = data.getString("key");
        assertTrue(key.matches("tgw_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}"), key);
        long id = data.getJsonObject("apiKey").getJsonNumber("id").longValue();
        assertEquals("admin", data.getJsonObject("apiKey").getString("createdBy"));
        assertTrue(data.getJsonObject("apiKey").isNull("lastUsedAt"));

        String listing = admin.get("/admin/api-keys").body();
        assertFalse(listing.contains(key.substring(17)), "the secret part is listed");

        assertEquals(200, anonymous.withKey(key).get("/millicast/getList").statusCode());
        JsonObject listed = keyById(id);
        assertFalse(listed.isNull("lastUsedAt"), listed.toString());

        assertEquals(200, admin.send("DELETE", "/admin/api-keys/" + id, null).statusCode());
        assertTrue(keyById(id).getBoolean("revoked"));
        var refused = anonymous.withKey(key).get("/millicast/getList");
        assertEquals(401, refused.statusCode());
        assertEquals(404, admin.send("DELETE", "/admin/api-keys/999999", null).statusCode());
    }

    private JsonObject keyById(long id) throws Exception {
        return Admin.listedKey(anonymous, id);
    }

    @Test
    void wrongPasswordsLockTheUserThenTheLockExpires() throws Exception {
        var added = admin.post("/admin/users", "{\"name\":\"locky\",\"role\":\"viewer\",\"password\":\"locky-password-1\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertFalse(added.body().contains("locky-password-1"));
        String people = admin.get("/admin/users").body();
        assertFalse(people.contains("\"password") || people.contains("PBKDF2"), "users listing shows password data");

        for (int i = 0; i < 3; i++) {
            assertEquals(401, anonymous.withPassword("locky", "wrong-password-" + i).get("/millicast/getList").statusCode());
        }
        assertEquals(401, anonymous.withPassword("locky", "locky-password-1").get("/millicast/getList").statusCode(),
                "the right password works during the lock");
        assertEquals(200, new FromAddress("127.0.0.2").getWithPassword("/millicast/getList", "locky", "locky-password-1"),
                "the lock is on the name from that address only: the person elsewhere logs in");
        assertTrue(object(admin.get("/admin/users").body()).getJsonArray("data").stream()
                .anyMatch(u -> u.asJsonObject().getString("name").equals("locky") && u.asJsonObject().getBoolean("locked")));
        eventually(() -> anonymous.withPassword("locky", "locky-password-1").get("/millicast/getList").statusCode() == 200,
                "the lock expires");

        var disabled = admin.send("PUT", "/admin/users/locky", "{\"disabled\":true}");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals(401, anonymous.withPassword("locky", "locky-password-1").get("/millicast/getList").statusCode());
        assertEquals(404, admin.send("PUT", "/admin/users/nobody", "{\"disabled\":true}").statusCode());
        var invalid = admin.post("/admin/users", "{\"name\":\"x y\",\"role\":\"boss\",\"password\":\"short\"}");
        assertEquals(400, invalid.statusCode());
        assertEquals(List.of("name", "password", "role"),
                object(invalid.body()).getJsonObject("data").getJsonObject("errors").keySet().stream().sorted().toList());
    }

    @Test
    void crossSiteJsonWithTheSessionCookieIsRefusedSameSiteWorks() throws Exception {
        BrowserSession browser = new BrowserSession();
        var login = browser.logIn(Admin.NAME, Admin.PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        String cookie = login.headers().allValues("Set-Cookie").toString();
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);

        String body = "{\"label\":\"sec\",\"streams\":[{\"streamName\":\"sec\"}]}";
        var crossSite = browser.json("POST", "/millicast/createToken", body, "https://evil.example");
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        var noOrigin = browser.json("POST", "/millicast/createToken", body, null);
        assertEquals(403, noOrigin.statusCode(), noOrigin.body());
        assertEquals(List.of(), stub.received());

        var sameSite = browser.json("POST", "/millicast/createToken", body, browser.base());
        assertEquals(200, sameSite.statusCode(), sameSite.body());
        assertEquals(1, stub.received().size());
    }

    @Test
    void aFacesPostWithoutAValidViewStateChangesNothing() throws Exception {
        BrowserSession browser = new BrowserSession();
        assertEquals(302, browser.logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        String page = browser.get("/").body();
        assertNotNull(BrowserSession.viewState(page));
        stub.reset();

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("create", "create");
        forged.put("create:streamName", "forged");
        forged.put("create:submit", "Create token");
        forged.put("jakarta.faces.ViewState", "-1234567890:987654321");
        var withBadState = browser.postForm("/index.xhtml", forged);
        forged.remove("jakarta.faces.ViewState");
        var withoutState = browser.postForm("/index.xhtml", forged);

        assertFalse(withBadState.body().contains("Created token"), "forged post created a token");
        assertFalse(withoutState.body().contains("Created token"), "post without view state created a token");
        assertTrue(stub.received().stream().noneMatch(r -> r.method().equals("POST")), stub.received().toString());
    }

    @Test
    void everyChangeWritesOneAuditRowEvenWhenRefusedInvalidOrFailedUpstream() throws Exception {
        String editorKey = Admin.issueKey(anonymous, "audit editor", "editor");
        String viewerKey = Admin.issueKey(anonymous, "audit viewer", "viewer");
        GatewayClient editor = anonymous.withKey(editorKey);
        stub.answer("DELETE", "/api/publish_token/77",
                Answer.json(400, "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 77\"}}"));

        assertEquals(200, editor.post("/millicast/createToken", "{\"label\":\"sec\",\"streams\":[{\"streamName\":\"sec\"}]}").statusCode());
        assertEquals(400, editor.post("/millicast/createToken", "{\"label\":\"\",\"streams\":[{\"streamName\":\"a\"}]}").statusCode());
        assertEquals(400, editor.send("DELETE", "/millicast/deleteToken", "{\"tokenId\":77}").statusCode());
        assertEquals(403, anonymous.withKey(viewerKey).send("DELETE", "/millicast/deleteToken", "{\"tokenId\":41}").statusCode());

        List<JsonObject> rows = auditRows("action=token.&actor=audit");
        assertEquals(4, rows.size(), rows.toString());
        JsonObject refused = rows.get(0);
        assertEquals("token.delete", refused.getString("action"));
        assertTrue(refused.getString("actor").startsWith("audit viewer (key "), refused.toString());
        assertEquals("api_key", refused.getString("actorKind"));
        assertEquals("viewer", refused.getString("role"));
        assertEquals(41, refused.getInt("tokenId"));
        assertTrue(refused.getString("outcome").startsWith("403"), refused.toString());
        assertEquals("token.delete", rows.get(1).getString("action"));
        assertEquals(77, rows.get(1).getInt("tokenId"));
        assertTrue(rows.get(1).getString("outcome").startsWith("400"), rows.get(1).toString());
        assertEquals("token.create", rows.get(2).getString("action"));
        assertTrue(rows.get(2).getString("outcome").startsWith("400 validation: label"), rows.get(2).toString());
        JsonObject created = rows.get(3);
        assertEquals("token.create", created.getString("action"));
        assertTrue(created.getString("actor").startsWith("audit editor (key "), created.toString());
        assertEquals("editor", created.getString("role"));
        assertEquals(41, created.getInt("tokenId"));
        assertEquals("sec", created.getString("tokenLabel"));
        assertTrue(created.getString("outcome").startsWith("200"), created.toString());
        assertTrue(created.getString("clientAddress").matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"), created.toString());

        String everything = admin.get("/admin/audit?pageSize=100").body();
        assertFalse(everything.contains(TOKEN_STRING), "a token string is in the audit trail");
        assertFalse(everything.contains(SECRET), "the secret is in the audit trail");
        assertFalse(everything.contains(Admin.PASSWORD), "a password is in the audit trail");
        assertFalse(everything.contains(editorKey.substring(17)), "an API key is in the audit trail");
    }

    @Test
    void loginsAndKeyChangesAreAuditedToo() throws Exception {
        anonymous.withPassword("admin", "not-the-password").get("/millicast/getList");
        assertEquals(302, new BrowserSession().logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        Admin.issueKey(anonymous, "audited key", "viewer");

        eventually(() -> !auditRows("action=login.failure&actor=admin").isEmpty(), "the counted failure row");
        assertFalse(auditRows("action=login.success&actor=admin").isEmpty());
        List<JsonObject> keys = auditRows("action=apikey.create");
        assertTrue(keys.stream().anyMatch(r -> r.getString("summary").contains("audited key")), keys.toString());
    }

    /** Polls until the condition holds, for at most 20 s (counted rows are written when their second ends). */
    private static void eventually(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private List<JsonObject> auditRows(String query) throws Exception {
        var response = admin.get("/admin/audit?pageSize=100&" + query);
        assertEquals(200, response.statusCode(), response.body());
        return object(response.body()).getJsonObject("data").getJsonArray("events").stream()
                .map(v -> v.asJsonObject()).toList();
    }

    @Test
    void tooManyChangesGet429WithRetryAfterAndOtherCredentialsAreUnaffected() throws Exception {
        GatewayClient busy = anonymous.withKey(Admin.issueKey(anonymous, "busy", "editor"));
        GatewayClient calm = anonymous.withKey(Admin.issueKey(anonymous, "calm", "editor"));
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = busy.send("PUT", "/millicast/updateToken", "{\"tokenId\":41,\"data\":{\"isActive\":true}}");
        }
        assertEquals(429, last.statusCode(), last.body());
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals("fail", object(last.body()).getString("status"));
        assertEquals(200, busy.get("/millicast/getList").statusCode(), "reads have a bucket of their own");
        assertEquals(200, calm.send("PUT", "/millicast/updateToken", "{\"tokenId\":41,\"data\":{\"isActive\":true}}").statusCode());
    }

    @Test
    void securityHeadersOnPagesAndApiAnswers() throws Exception {
        for (HttpResponse<String> response : List.of(anonymous.get("/login.xhtml"), anonymous.get("/millicast/getList"),
                admin.get("/admin/users"))) {
            var headers = response.headers();
            String where = response.uri().toString();
            assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), where);
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), where + " " + csp);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), where);
            assertTrue(headers.firstValue("Server").isEmpty(), where + " " + headers.map());
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), where + " " + headers.map());
        }
    }

    @Test
    void aViewerCannotTriggerADeleteByPostingTheFormsAnyway() throws Exception {
        stub.answer("GET", "/api/publish_token/list",
                Answer.json(200, "{\"status\":\"success\",\"data\":[" + object(TOKEN).get("data") + "]}"));
        assertEquals(201, admin.post("/admin/users",
                "{\"name\":\"forging-viewer\",\"role\":\"viewer\",\"password\":\"viewer-password-1\"}").statusCode());
        BrowserSession viewer = new BrowserSession();
        assertEquals(302, viewer.logIn("forging-viewer", "viewer-password-1").statusCode());
        String page = viewer.get("/").body();
        assertTrue(page.contains("sec"), "the token is listed for the viewer");

        Map<String, String> rowDelete = new LinkedHashMap<>();
        rowDelete.put("list", "list");
        rowDelete.put("list:tokens:0:remove", "Delete");
        rowDelete.put("jakarta.faces.ViewState", BrowserSession.viewState(page));
        viewer.postForm("/index.xhtml", rowDelete);
        Map<String, String> formDelete = new LinkedHashMap<>();
        formDelete.put("delete", "delete");
        formDelete.put("delete:tokenId", "41");
        formDelete.put("delete:submit", "Delete token");
        formDelete.put("jakarta.faces.ViewState", BrowserSession.viewState(viewer.get("/").body()));
        viewer.postForm("/index.xhtml", formDelete);

        assertTrue(stub.received().stream().noneMatch(r -> r.method().equals("DELETE")), stub.received().toString());
    }

    @Test
    void consolePagesNeedALoginAndAdminPagesAnAdmin() throws Exception {
        BrowserSession nobody = new BrowserSession();
        var redirected = nobody.get("/");
        assertEquals(302, redirected.statusCode());
        assertTrue(redirected.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        var stylesheet = nobody.get("/jakarta.faces.resource/css/gateway.css.xhtml");
        assertEquals(200, stylesheet.statusCode(), "the login page's stylesheet needs no login");
        assertTrue(stylesheet.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));

        assertEquals(201, admin.post("/admin/users",
                "{\"name\":\"pages-viewer\",\"role\":\"viewer\",\"password\":\"viewer-password-1\"}").statusCode());
        BrowserSession viewer = new BrowserSession();
        assertEquals(302, viewer.logIn("pages-viewer", "viewer-password-1").statusCode());
        var tokens = viewer.get("/");
        assertEquals(200, tokens.statusCode());
        assertFalse(tokens.body().contains("id=\"delete:submit\""), "a viewer sees the delete form");
        assertFalse(tokens.body().contains("id=\"create:submit\""), "a viewer sees the create form");
        assertEquals(403, viewer.get("/people.xhtml").statusCode());
        assertEquals(403, viewer.get("/keys.xhtml").statusCode());
        assertEquals(403, viewer.get("/audit.xhtml").statusCode());

        BrowserSession administrator = new BrowserSession();
        assertEquals(302, administrator.logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        var people = administrator.get("/people.xhtml");
        assertEquals(200, people.statusCode());
        assertTrue(people.body().contains("pages-viewer"), "people page lists people");
        var keys = administrator.get("/keys.xhtml");
        assertEquals(200, keys.statusCode());
        assertTrue(keys.body().contains("id=\"issue:submit\""));
        var audit = administrator.get("/audit.xhtml");
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("user.create"), "audit page shows the trail");
    }

    @Test
    void anonymousRequestsBecomeCountedRowsNotOneRowEach() throws Exception {
        long lastIdBefore = auditRows("").stream().mapToLong(r -> r.getJsonNumber("id").longValue()).max().orElse(0);
        String label = "attacker-chosen-" + System.nanoTime();
        for (int i = 0; i < 40; i++) {
            var refused = anonymous.post("/millicast/createToken",
                    "{\"label\":\"" + label + "\",\"streams\":[{\"streamName\":\"x\"}]}");
            assertEquals(401, refused.statusCode());
        }
        eventually(() -> counted(newRows("action=token.create&actor=anonymous", lastIdBefore)) >= 40, "40 counted refusals");
        List<JsonObject> rows = newRows("action=token.create&actor=anonymous", lastIdBefore);
        assertEquals(40, counted(rows), rows.toString());
        assertTrue(rows.size() <= 10, "one row per address and second at most, not one per request: " + rows.size());
        JsonObject row = rows.get(0);
        assertTrue(row.getString("outcome").matches("401 Unauthorized ×\\d+"), row.toString());
        assertTrue(row.getString("summary").matches("\\d+ refused from \\S+ between \\d\\d:\\d\\d:\\d\\d and \\d\\d:\\d\\d:\\d\\d UTC"),
                row.toString());
        assertFalse(admin.get("/admin/audit?pageSize=100").body().contains(label), "the attacker's text is in the trail");
        assertTrue(stub.received().isEmpty());
    }

    private List<JsonObject> newRows(String query, long after) throws Exception {
        return auditRows(query).stream().filter(r -> r.getJsonNumber("id").longValue() > after).toList();
    }

    private static String issueKeyAs(GatewayClient who, String label, String role) throws Exception {
        var issued = who.post("/admin/api-keys", "{\"label\":\"" + label + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        return object(issued.body()).getJsonObject("data").getString("key");
    }

    private static long counted(List<JsonObject> rows) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.getString("outcome").replaceAll(".*×", ""))).sum();
    }

    @Test
    void anUnknownNameFromAFailedLoginIsNeverWrittenDownAsTyped() throws Exception {
        String typed = "Typed-Password-" + System.nanoTime();
        assertEquals(401, anonymous.withPassword(typed, "whatever-1").get("/millicast/getList").statusCode());

        eventually(() -> auditRows("action=login.failure").stream()
                .anyMatch(r -> r.getString("actor").matches("unknown name #[0-9a-f]{8} \\(\\d+ characters\\)")), "the row");
        assertFalse(admin.get("/admin/audit?pageSize=100").body().contains(typed));
    }

    @Test
    void aPasswordResetRoleChangeOrDisableEndsThatPersonsSessionsAtOnce() throws Exception {
        for (String change : List.of("{\"password\":\"reset-password-2\"}", "{\"role\":\"viewer\"}", "{\"disabled\":true}")) {
            String name = "session-" + Math.abs(change.hashCode());
            assertEquals(201, admin.post("/admin/users",
                    "{\"name\":\"" + name + "\",\"role\":\"editor\",\"password\":\"session-password-1\"}").statusCode());
            BrowserSession browser = new BrowserSession();
            assertEquals(302, browser.logIn(name, "session-password-1").statusCode());
            assertEquals(200, browser.get("/").statusCode());

            assertEquals(200, admin.send("PUT", "/admin/users/" + name, change).statusCode());

            var after = browser.get("/");
            assertEquals(302, after.statusCode(), change + ": the old session still works");
            assertTrue(after.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
            var json = browser.json("GET", "/millicast/getList", "", browser.base());
            assertEquals(401, json.statusCode(), change + ": the old session still reads tokens");
        }
    }

    @Test
    void anApiKeyStopsWhenItsIssuerIsDisabledOrLosesTheRoleAndTheAuditSaysWhy() throws Exception {
        assertEquals(201, admin.post("/admin/users",
                "{\"name\":\"issuer\",\"role\":\"admin\",\"password\":\"issuer-password-1\"}").statusCode());
        GatewayClient issuer = anonymous.withPassword("issuer", "issuer-password-1");
        String adminKey = issueKeyAs(issuer, "issuer's admin key", "admin");
        String editorKey = issueKeyAs(issuer, "issuer's editor key", "editor");
        GatewayClient byAdminKey = anonymous.withKey(adminKey);
        assertEquals(200, byAdminKey.get("/admin/users").statusCode());
        String keyIssuedByKey = issueKeyAs(byAdminKey, "issued by a key", "viewer");
        assertTrue(object(admin.get("/admin/api-keys").body()).getJsonArray("data").stream()
                .map(JsonObject.class::cast)
                .filter(k -> k.getString("label").equals("issued by a key"))
                .allMatch(k -> k.getString("createdBy").equals("issuer")), "a key issued by a key belongs to its person");

        assertEquals(200, admin.send("PUT", "/admin/users/issuer", "{\"role\":\"editor\"}").statusCode());
        assertEquals(401, byAdminKey.get("/admin/users").statusCode(), "an admin key of a person who is no admin now");
        assertEquals(200, anonymous.withKey(editorKey).get("/millicast/getList").statusCode(), "the editor key still fits");

        assertEquals(200, admin.send("PUT", "/admin/users/issuer", "{\"disabled\":true}").statusCode());
        assertEquals(401, anonymous.withKey(editorKey).get("/millicast/getList").statusCode());
        assertEquals(401, anonymous.withKey(keyIssuedByKey).get("/millicast/getList").statusCode());
        List<JsonObject> changes = auditRows("action=user.update");
        assertTrue(changes.stream().anyMatch(r -> r.getString("summary").contains("stops working: its issuer issuer is disabled")),
                changes.toString());
        assertTrue(changes.stream().anyMatch(r -> r.getString("summary").contains("stops working: its issuer issuer is no longer admin")),
                changes.toString());

        assertEquals(200, admin.send("PUT", "/admin/users/issuer", "{\"disabled\":false,\"role\":\"admin\"}").statusCode());
        assertEquals(200, byAdminKey.get("/admin/users").statusCode(), "back in the role, the key works again");
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedOrDisabled() throws Exception {
        for (var person : object(admin.get("/admin/users").body()).getJsonArray("data")) {
            JsonObject p = person.asJsonObject();
            if (p.getString("role").equals("admin") && !p.getBoolean("disabled") && !p.getString("name").equals("admin")) {
                assertEquals(200, admin.send("PUT", "/admin/users/" + p.getString("name"), "{\"disabled\":true}").statusCode());
            }
        }
        for (String change : List.of("{\"role\":\"editor\"}", "{\"disabled\":true}")) {
            var refused = admin.send("PUT", "/admin/users/admin", change);
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"admin is the last enabled admin: make another "
                    + "person admin first, or the gateway has nobody to manage it\"}}", refused.body());
        }
        assertEquals(200, admin.get("/admin/users").statusCode(), "still an admin");
        assertTrue(auditRows("action=user.update&actor=admin").stream()
                .anyMatch(r -> r.getString("outcome").equals("409 last enabled admin")));
    }

    @Test
    void peopleChangeTheirOwnPasswordWithTheCurrentOne() throws Exception {
        assertEquals(201, admin.post("/admin/users",
                "{\"name\":\"own-password\",\"role\":\"viewer\",\"password\":\"first-password-1\"}").statusCode());
        GatewayClient person = anonymous.withPassword("own-password", "first-password-1");

        var wrong = person.send("PUT", "/admin/users/me/password",
                "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"second-password-2\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        var weak = person.send("PUT", "/admin/users/me/password",
                "{\"currentPassword\":\"first-password-1\",\"newPassword\":\"short\"}");
        assertEquals(400, weak.statusCode(), weak.body());
        var changed = person.send("PUT", "/admin/users/me/password",
                "{\"currentPassword\":\"first-password-1\",\"newPassword\":\"second-password-2\"}");
        assertEquals(200, changed.statusCode(), changed.body());

        assertEquals(401, person.get("/millicast/getList").statusCode());
        assertEquals(200, anonymous.withPassword("own-password", "second-password-2").get("/millicast/getList").statusCode());
        var byKey = anonymous.withKey(Admin.issueKey(anonymous, "no password", "viewer")).send("PUT",
                "/admin/users/me/password", "{\"currentPassword\":\"x\",\"newPassword\":\"second-password-2\"}");
        assertEquals(400, byKey.statusCode(), "a program has no password: " + byKey.body());
    }

    @Test
    void anAdminUnlocksALockedName() throws Exception {
        assertEquals(201, admin.post("/admin/users",
                "{\"name\":\"unlocky\",\"role\":\"viewer\",\"password\":\"unlocky-password-1\"}").statusCode());
        for (int i = 0; i < 3; i++) {
            anonymous.withPassword("unlocky", "wrong-password-" + i).get("/millicast/getList");
        }
        assertEquals(401, anonymous.withPassword("unlocky", "unlocky-password-1").get("/millicast/getList").statusCode());

        var unlocked = admin.post("/admin/users/unlocky/unlock", null);
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertFalse(object(unlocked.body()).getJsonObject("data").getBoolean("locked"));
        assertEquals(200, anonymous.withPassword("unlocky", "unlocky-password-1").get("/millicast/getList").statusCode());
        assertEquals(404, admin.post("/admin/users/nobody-at-all/unlock", null).statusCode());
    }

    @Test
    void listEverythingAndBulkDeleteSpendAPermitPerUpstreamCall() throws Exception {
        GatewayClient reader = anonymous.withKey(Admin.issueKey(anonymous, "pages reader", "viewer"));
        String onePage = "{\"status\":\"success\",\"data\":[" + object(TOKEN).get("data") + "]}";
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, onePage)); // never an empty page: walks on
        var walked = reader.get("/api/publish_token/list/all");
        assertEquals(429, walked.statusCode(), walked.body());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Too Many Requests: at most 0.5 reads per second per credential\"}}",
                walked.body());
        assertEquals(5, stub.received().size(), "the burst of 5 reads, then no further page");

        stub.reset();
        answerEverythingUpstream();
        GatewayClient deleter = anonymous.withKey(Admin.issueKey(anonymous, "bulk deleter", "editor"));
        var bulk = deleter.post("/api/publish_token/delete", "{\"tokenIds\":[41,41,41,41,41,41,41,41]}");
        assertEquals(200, bulk.statusCode(), bulk.body());
        JsonObject data = object(bulk.body()).getJsonObject("data");
        assertEquals(5, data.getJsonArray("successfulTokens").size(), bulk.body());
        assertEquals(3, data.getJsonArray("failedTokens").size(), bulk.body());
        assertTrue(data.getJsonArray("failedTokens").getJsonObject(0).getString("errorMessage").startsWith("Not attempted"));
        assertEquals(5, stub.received().size(), "one upstream delete per permit");
        assertEquals(8, auditRows("action=token.delete&actor=bulk%20deleter").size(), "every id has its row, tried or not");
    }

    @Test
    void aPersonChangesTheirPasswordOnTheConsoleAndTheirSessionGoesOn() throws Exception {
        assertEquals(201, admin.post("/admin/users",
                "{\"name\":\"console-changer\",\"role\":\"viewer\",\"password\":\"first-password-1\"}").statusCode());
        BrowserSession elsewhere = new BrowserSession();
        assertEquals(302, elsewhere.logIn("console-changer", "first-password-1").statusCode());
        BrowserSession browser = new BrowserSession();
        assertEquals(302, browser.logIn("console-changer", "first-password-1").statusCode());
        String page = browser.get("/password.xhtml").body();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:current", "first-password-1");
        form.put("password:new", "second-password-2");
        form.put("password:repeated", "second-password-2");
        form.put("password:submit", "Change password");
        form.put("jakarta.faces.ViewState", BrowserSession.viewState(page));
        var changed = browser.postForm("/password.xhtml", form);

        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(200, browser.get("/").statusCode(), "the session that changed it goes on");
        assertEquals(302, elsewhere.get("/").statusCode(), "the person's other sessions end");
        assertEquals(200, anonymous.withPassword("console-changer", "second-password-2").get("/millicast/getList").statusCode());
    }
}
