package io.tokengateway.platform.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.LocalPostgres;
import io.tokengateway.testing.Migrations;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database-backed parts (schema, people, API keys, the audit trail, idempotency keys) against a real PostgreSQL
 * started for this class, the gateway running with {@code GATEWAY_DB_DATASOURCE_CLASS=PGSimpleDataSource} (set by
 * the {@code postgres-it} failsafe execution) in front of the HTTPS stub.
 */
@ExtendWith(LocalPostgres.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresIT {

    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":9,\"label\":\"pg\",\"token\":\""
            + "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\",\"addedOn\":\"2026-11-28T10:00:00Z\","
            + "\"isActive\":true,\"streams\":[{\"streamName\":\"pg\",\"isRegex\":false}]}}";
    private static final String PG = "{\"label\":\"pg\",\"streams\":[{\"streamName\":\"pg\"}]}";
    private static final String OTHER = "{\"label\":\"other\",\"streams\":[{\"streamName\":\"other\"}]}";

    private static StubMillicast stub;
    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private final GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);

    PostgresIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        if (!"org.postgresql.ds.PGSimpleDataSource".equals(System.getenv("GATEWAY_DB_DATASOURCE_CLASS"))) {
            throw new IllegalStateException("GATEWAY_DB_DATASOURCE_CLASS is not PGSimpleDataSource: run PostgresIT"
                    + " through the postgres-it failsafe execution (README, Development)");
        }
        stub = StubMillicast.start();
        return Deployments.againstStub("postgres", stub, "it-secret-postgres", LocalPostgres.gatewaySettings());
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void resetTheStub() {
        stub.reset();
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
    }

    @Test
    void theMigrationsRanOnPostgres() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection db = LocalPostgres.connect();
                ResultSet rows = db.createStatement().executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), rows.getString("version"));
                versions.add(rows.getString("version"));
            }
            assertEquals("PostgreSQL", db.getMetaData().getDatabaseProductName());
        }
        assertEquals(Migrations.versions(), versions);
    }

    @Test
    void aPersonIsAddedLogsInAndGetsAnotherRole() throws Exception {
        var added = admin.post("/admin/users", "{\"name\":\"pg_person\",\"role\":\"viewer\",\"password\":\"pg-password-1\"}");
        assertEquals(201, added.statusCode(), added.body());
        GatewayClient person = anonymous.withPassword("pg_person", "pg-password-1");

        assertEquals(302, new BrowserSession().logIn("pg_person", "pg-password-1").statusCode());
        assertEquals(403, person.get("/admin/users").statusCode());
        assertEquals(200, admin.send("PUT", "/admin/users/pg_person", "{\"role\":\"admin\"}").statusCode());
        var people = person.get("/admin/users");

        assertEquals(200, people.statusCode(), people.body());
        assertTrue(object(people.body()).getJsonArray("data").stream().map(v -> v.asJsonObject())
                .anyMatch(u -> u.getString("name").equals("pg_person") && u.getString("role").equals("admin")), people.body());
    }

    @Test
    void anApiKeyIsIssuedUsedAndRevoked() throws Exception {
        var issued = admin.post("/admin/api-keys", "{\"label\":\"pg key\",\"role\":\"admin\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject data = object(issued.body()).getJsonObject("data");
        String key = data.getString("key");
        long id = data.getJsonObject("apiKey").getJsonNumber("id").longValue();

        assertEquals(200, anonymous.withKey(key).get("/admin/users").statusCode());
        assertFalse(keyById(id).isNull("lastUsedAt"), "the use is not recorded");
        assertEquals(200, admin.send("DELETE", "/admin/api-keys/" + id, null).statusCode());

        assertTrue(keyById(id).getBoolean("revoked"));
        assertEquals(401, anonymous.withKey(key).get("/admin/users").statusCode());
    }

    @Test
    void aMinterKeyLimitedToNamedSubscribeTokensKeepsTheirIds() throws Exception {
        var issued = admin.post("/admin/api-keys", "{\"label\":\"pg paywall\",\"role\":\"minter\",\"masters\":[42,7]}");
        assertEquals(201, issued.statusCode(), issued.body());
        long id = object(issued.body()).getJsonObject("data").getJsonObject("apiKey").getJsonNumber("id").longValue();

        assertEquals("minter", keyById(id).getString("role"));
        assertEquals("[42,7]", keyById(id).getJsonArray("masters").toString());
        var plain = admin.post("/admin/api-keys", "{\"label\":\"pg plain\",\"role\":\"viewer\"}");
        long plainId = object(plain.body()).getJsonObject("data").getJsonObject("apiKey").getJsonNumber("id").longValue();
        assertTrue(keyById(plainId).isNull("masters"));
    }

    private JsonObject keyById(long id) throws Exception {
        return Admin.listedKey(anonymous, id);
    }

    @Test
    void theAuditTrailIsSearchedByActorActionAndTimeInPages() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        GatewayClient percent = anonymous.withKey(Admin.issueKey(anonymous, "pg 50% off", "admin"));
        GatewayClient fifty = anonymous.withKey(Admin.issueKey(anonymous, "pg 50 off", "admin"));
        GatewayClient underscore = anonymous.withKey(Admin.issueKey(anonymous, "pg a_b", "admin"));
        GatewayClient axb = anonymous.withKey(Admin.issueKey(anonymous, "pg axb", "admin"));
        for (GatewayClient actor : List.of(percent, fifty, underscore, axb, percent)) {
            assertEquals(201, actor.post("/admin/api-keys", "{\"label\":\"pg made\",\"role\":\"viewer\"}").statusCode());
        }
        Instant after = Instant.now().plusSeconds(1);

        assertEquals(List.of("pg 50% off", "pg 50% off"), actorsOf("actor=pg%2050%25&action=apikey.create"));
        assertEquals(List.of("pg a_b"), actorsOf("actor=pg%20a_b&action=apikey.create"));
        assertEquals(5, object(audit("action=apikey.create&actor=pg%20&from=" + before + "&to=" + after))
                .getJsonObject("data").getInt("total"));
        assertEquals(List.of(), actorsOf("action=apikey.create&actor=pg%20&from=" + after));

        JsonObject secondPage = object(audit("action=apikey.&actor=pg%2050&pageSize=1&page=2")).getJsonObject("data");
        assertEquals(2, secondPage.getInt("page"));
        assertEquals(1, secondPage.getInt("pageSize"));
        assertEquals(3, secondPage.getInt("total"));
        assertEquals(1, secondPage.getJsonArray("events").size());
        String actor = secondPage.getJsonArray("events").getJsonObject(0).getString("actor");
        assertTrue(actor.matches("pg 50 off \\(key \\d+\\)"), actor);
    }

    private String audit(String query) throws Exception {
        var response = admin.get("/admin/audit?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The key labels of the rows found, newest first, without the key ids. */
    private List<String> actorsOf(String query) throws Exception {
        return object(audit("pageSize=100&" + query)).getJsonObject("data").getJsonArray("events").stream()
                .map(v -> v.asJsonObject().getString("actor").replaceAll(" \\(key \\d+\\)$", "")).toList();
    }

    @Test
    void anIdempotentCreateIsReplayedRefusedWithAnotherBodyAndMadeOnceAtTheSameMoment() throws Exception {
        GatewayClient editor = anonymous.withKey(Admin.issueKey(anonymous, "pg editor", "editor"));
        String key = UUID.randomUUID().toString();

        var first = create(editor, PG, key);
        var repeat = create(editor, PG, key);
        var otherBody = create(editor, OTHER, key);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(first.body(), repeat.body());
        assertEquals("true", repeat.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(422, otherBody.statusCode(), otherBody.body());
        assertEquals(1, creates(), stub.received().toString());

        stub.reset();
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN).after(Duration.ofMillis(700)));
        String sameMoment = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> both = List.of(
                    () -> create(editor, PG, sameMoment), () -> create(editor, PG, sameMoment));
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(both)) {
                assertEquals(200, answer.get().statusCode(), answer.get().body());
                bodies.add(answer.get().body());
            }
            assertEquals(bodies.get(0), bodies.get(1));
            assertEquals(1, creates(), stub.received().toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> create(GatewayClient caller, String body, String idempotencyKey) throws Exception {
        return caller.sendWith("POST", "/api/publish_token", "application/json", body, "Idempotency-Key", idempotencyKey);
    }

    private static long creates() {
        return stub.received().stream().filter(r -> r.method().equals("POST")).count();
    }
}
