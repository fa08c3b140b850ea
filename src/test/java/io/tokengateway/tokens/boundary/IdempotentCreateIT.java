package io.tokengateway.tokens.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.StubMillicast.Answer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * A create with an Idempotency-Key is made at most once per key and credential, against the real HTTPS stub (which
 * counts what reaches it) and the real database: repeats, repeats at the same moment, another body under the same
 * key, a repeat after a lost answer, another credential, and what the audit trail says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotentCreateIT {

    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":7,\"label\":\"cam\",\"token\":\""
            + "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\",\"addedOn\":\"2026-11-28T10:00:00Z\","
            + "\"isActive\":true,\"streams\":[{\"streamName\":\"cam\",\"isRegex\":false}]}}";
    private static final String CAM = "{\"label\":\"cam\",\"streams\":[{\"streamName\":\"cam\"}]}";
    private static final String STUDIO = "{\"label\":\"studio\",\"streams\":[{\"streamName\":\"studio\"}]}";

    private static StubMillicast stub;
    private static String editorKey;
    private static String otherEditorKey;
    private final GatewayClient anonymous = GatewayClient.forTestServer();

    IdempotentCreateIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        return Deployments.againstStub("idempotency", stub, "it-secret-idempotency", Map.of(
                "millicast.read.timeout.ms", "1500",
                "millicast.connect.timeout.ms", "1500"));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void resetTheStub() throws Exception {
        if (editorKey == null) {
            editorKey = Admin.issueKey(anonymous, "idempotency tests", "editor");
            otherEditorKey = Admin.issueKey(anonymous, "idempotency tests, other", "editor");
        }
        stub.reset();
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
    }

    private HttpResponse<String> create(String key, String path, String body, String idempotencyKey) throws Exception {
        return anonymous.withKey(key).sendWith("POST", path, "application/json", body, "Idempotency-Key", idempotencyKey);
    }

    private static long creates() {
        return stub.received().stream().filter(r -> r.method().equals("POST")).count();
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndNothingReachesTheUpstream() throws Exception {
        String key = UUID.randomUUID().toString();

        var first = create(editorKey, "/api/publish_token", CAM, key);
        var repeat = create(editorKey, "/api/publish_token", " " + CAM + " ", key);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, repeat.statusCode(), repeat.body());
        assertEquals(first.body(), repeat.body());
        assertEquals("true", repeat.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(1, creates(), stub.received().toString());
    }

    @Test
    void twoCreatesAtTheSameMomentMakeOneUpstreamCallAndGetOneBody() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN).after(Duration.ofMillis(700)));
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> both = List.of(
                    () -> create(editorKey, "/millicast/createToken", CAM, key),
                    () -> create(editorKey, "/millicast/createToken", CAM, key));
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(both)) {
                answers.add(answer.get());
            }

            assertEquals(200, answers.get(0).statusCode(), answers.get(0).body());
            assertEquals(200, answers.get(1).statusCode(), answers.get(1).body());
            assertEquals(answers.get(0).body(), answers.get(1).body());
            assertEquals(1, creates(), stub.received().toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithAnotherBodyOrRouteIs422AndSendsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        create(editorKey, "/api/publish_token", CAM, key);

        var otherBody = create(editorKey, "/api/publish_token", STUDIO, key);
        var otherRoute = create(editorKey, "/api/subscribe_token", CAM, key);

        assertEquals(422, otherBody.statusCode(), otherBody.body());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Idempotency-Key was already used for a different request\"}}",
                otherBody.body());
        assertEquals(422, otherRoute.statusCode(), otherRoute.body());
        assertEquals(1, creates(), stub.received().toString());
    }

    @Test
    void anotherCredentialsKeyIsItsOwn() throws Exception {
        String key = UUID.randomUUID().toString();

        create(editorKey, "/api/publish_token", CAM, key);
        var other = create(otherEditorKey, "/api/publish_token", CAM, key);

        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(2, creates(), stub.received().toString());
    }

    @Test
    void aCreateWhoseAnswerWasLostIsNeverSentAgainUnderItsKey() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN).after(Duration.ofMillis(3000)));
        String key = UUID.randomUUID().toString();

        var lost = create(editorKey, "/api/publish_token", CAM, key);
        var repeat = create(editorKey, "/api/publish_token", CAM, key);

        assertTrue(lost.statusCode() >= 500, lost.statusCode() + " " + lost.body());
        assertEquals(lost.statusCode(), repeat.statusCode());
        assertEquals(lost.body(), repeat.body());
        assertEquals(1, creates(), stub.received().toString());
    }

    @Test
    void aMalformedKeyIs400InMillicastsShapeAndSendsNothing() throws Exception {
        for (String malformed : List.of("x".repeat(256), "two words")) {
            var refused = create(editorKey, "/api/publish_token", CAM, malformed);

            assertEquals(400, refused.statusCode(), refused.body());
            JsonObject data = object(refused.body()).getJsonObject("data");
            assertTrue(data.toString().contains("Idempotency-Key must be 1 to 255 visible ASCII characters"), refused.body());
        }
        assertEquals(0, creates());
    }

    @Test
    void theAuditTrailTellsAReplayFromACreate() throws Exception {
        String key = UUID.randomUUID().toString();
        create(editorKey, "/api/publish_token", CAM, key);
        create(editorKey, "/api/publish_token", CAM, key);

        var audit = anonymous.withPassword(Admin.NAME, Admin.PASSWORD)
                .get("/admin/audit?action=token.create&actor=idempotency%20tests%20(key&pageSize=2");
        var events = object(audit.body()).getJsonObject("data").getJsonArray("events");
        assertEquals("200 replayed the answer of an earlier create with the same Idempotency-Key",
                events.getJsonObject(0).getString("outcome"));
        assertEquals("200 OK", events.getJsonObject(1).getString("outcome"));
        assertEquals(7, events.getJsonObject(0).getInt("tokenId"));
    }

    /**
     * The audit guarantee the speed work keeps (docs/performance.md): a change's row is committed before its answer
     * is sent, so the trail holds it the moment the answer arrives, with no waiting; a create the upstream fails
     * included.
     */
    @Test
    void eachCreateIsInTheAuditTrailWhenItsAnswerArrives() throws Exception {
        GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);
        long before = createRows(admin);
        for (int i = 1; i <= 10; i++) {
            if (i == 10) {
                stub.answer("POST", "/api/publish_token", Answer.json(400, "{\"status\":\"fail\",\"data\":{\"message\":\"no\"}}"));
            }
            var answer = create(editorKey, "/api/publish_token", CAM, UUID.randomUUID().toString());
            assertEquals(i == 10 ? 400 : 200, answer.statusCode(), answer.body());
            assertEquals(before + i, createRows(admin), "rows after create " + i);
        }
    }

    /**
     * Rows of creates answered together are committed together (audit.control.GroupCommit): none may be lost or
     * doubled, and all are there when the last answer has arrived.
     */
    @Test
    void createsAnsweredTogetherAreEachInTheAuditTrailOnce() throws Exception {
        GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN).after(Duration.ofMillis(200)));
        long before = createRows(admin);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> create(editorKey, "/api/publish_token", CAM, UUID.randomUUID().toString()).statusCode()));
            }
            for (var answer : answers) {
                assertEquals(200, answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(before + 32, createRows(admin));
    }

    private static long createRows(GatewayClient admin) throws Exception {
        var audit = admin.get("/admin/audit?action=token.create&actor=idempotency%20tests%20(key&pageSize=1");
        return object(audit.body()).getJsonObject("data").getJsonNumber("total").longValue();
    }
}
