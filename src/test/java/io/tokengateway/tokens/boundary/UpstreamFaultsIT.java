package io.tokengateway.tokens.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.MetricsReading;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A bad upstream, against the HTTPS stub: for each fault the exact status and body the caller gets, how long it
 * waited, and how many attempts reached the upstream. The deployment's settings are short so that it runs fast:
 * read timeout 1.5 s, time budget 4 s, 2 retries 200 ± 100 ms apart, the breaker opens after 4 failures in a row
 * for 5 s (long enough for the steps taken while it is open, on a busy machine), at most 3 upstream calls at once.
 * Every test starts with a closed breaker and nothing held.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UpstreamFaultsIT {

    private static final String SECRET = "faults-it-secret-value";
    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":7,\"label\":\"cam\",\"token\":\""
            + "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"
            + "\",\"addedOn\":\"2026-11-28T10:00:00.123456Z\",\"isActive\":true,"
            + "\"streams\":[{\"streamName\":\"cam\",\"isRegex\":false}]}}";
    private static final String EMPTY_PAGE = "{\"status\":\"success\",\"data\":[]}";
    private static final String CREATE = "{\"label\":\"cam\",\"streams\":[{\"streamName\":\"cam\"}]}";
    private static final String UNAVAILABLE = "{\"status\":\"error\",\"message\":\"Service Unavailable\",\"code\":503,\"data\":{}}";
    private static final String BAD_GATEWAY = "{\"status\":\"error\",\"message\":\"Bad Gateway\",\"code\":502,\"data\":{}}";
    private static final String READ = "/api/publish_token/7";

    private static StubMillicast stub;
    private static String editorKey;

    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private GatewayClient gateway;

    UpstreamFaultsIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        Map<String, String> settings = new HashMap<>(Map.of(
                "gateway.ratelimit.reads.per.second", "1000",
                "gateway.ratelimit.reads.burst", "1000",
                "millicast.read.timeout.ms", "1500",
                "millicast.connect.timeout.ms", "1000"));
        settings.putAll(Map.of(
                "gateway.upstream.budget.ms", "4000",
                "gateway.upstream.retry.max", "2",
                "gateway.upstream.retry.delay.ms", "200",
                "gateway.upstream.retry.jitter.ms", "100",
                "gateway.upstream.breaker.failures", "4",
                "gateway.upstream.breaker.delay.ms", "5000",
                "gateway.upstream.concurrent.calls", "3"));
        return Deployments.againstStub("faults", stub, SECRET, settings);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    /** A closed breaker and no 429 hold: a read that succeeds, tried until it does (another test may have opened it). */
    @BeforeEach
    void startWithAHealthyUpstream() throws Exception {
        if (editorKey == null) {
            editorKey = Admin.issueKey(anonymous, "faults tests", "editor");
        }
        gateway = anonymous.withKey(editorKey);
        stub.reset();
        stub.answer("GET", READ, Answer.json(200, TOKEN));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (gateway.get(READ).statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "the upstream path did not recover");
            Thread.sleep(250); // a poll step until the breaker lets calls through again, bounded by the deadline
        }
        stub.reset();
    }

    private record Timed(HttpResponse<String> response, long millis) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String retryAfter() {
            return response.headers().firstValue("Retry-After").orElse(null);
        }
    }

    private Timed timed(String method, String path, String body) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = gateway.send(method, path, body);
        return new Timed(response, (System.nanoTime() - started) / 1_000_000);
    }

    private static String error(int code, String message) {
        return "{\"status\":\"error\",\"message\":\"" + message + "\",\"code\":" + code + ",\"data\":{}}";
    }

    private static void assertBetween(long least, long most, long millis) {
        assertTrue(millis >= least && millis <= most, "took " + millis + " ms, expected " + least + " to " + most);
    }

    @Test
    void aReadThatTimesOutIsTriedAgainButNeverPastTheBudget() throws Exception {
        stub.answer("GET", READ, Answer.json(200, TOKEN).after(Duration.ofSeconds(5)));

        Timed read = timed("GET", READ, null);

        // 1.5 s, a pause, 1.5 s, a pause, then what is left of the 4 s
        assertEquals(504, read.status());
        assertEquals(error(504, "The Millicast API sent no answer within the rest of the 4 s time budget (3 attempts)"),
                read.body());
        assertBetween(3800, 4600, read.millis());
        assertEquals(3, stub.received().size());
    }

    @Test
    void aCreateIsSentOnceAndWhenItsAnswerIsLostTheCallerAndTheTrailAreTold() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN).after(Duration.ofSeconds(5)));

        Timed create = timed("POST", "/millicast/createToken", CREATE);

        assertEquals(504, create.status());
        assertEquals(error(504, "The Millicast API sent no answer within 1.5 s. "
                + "The token may have been created; list tokens to check."), create.body());
        assertBetween(1400, 2500, create.millis());
        assertEquals(1, stub.received().size());
        JsonObject row = lastAuditRow("token.create");
        assertEquals("504 answer lost: the token may have been created", row.getString("outcome"));
    }

    @Test
    void aRefusedConnectionIsTriedAgainThen502() throws Exception {
        stub.stop();
        try {
            Timed read = timed("GET", READ, null);

            assertEquals(502, read.status());
            assertEquals(error(502, "The Millicast API could not be reached: connection refused (3 attempts)"), read.body());
            assertBetween(200, 2000, read.millis());
            assertEquals(List.of(), stub.received());
        } finally {
            stub.restart();
        }
    }

    /**
     * The JDK's HttpURLConnection itself sends a request without a body once more when the connection is reset before
     * the answer: each of the gateway's attempts at a read reaches a resetting upstream twice.
     */
    @Test
    void aResetBeforeTheAnswerIsTriedAgainAndANewOneSucceeds() throws Exception {
        stub.answerInTurn("GET", READ, Answer.reset(), Answer.reset(), Answer.json(200, TOKEN));

        Timed recovered = timed("GET", READ, null);

        assertEquals(200, recovered.status());
        assertEquals(TOKEN, recovered.body());
        assertBetween(100, 1500, recovered.millis());
        assertEquals(3, stub.received().size(), "2 attempts, the first sent twice by the JDK");

        stub.reset();
        stub.answer("GET", READ, Answer.reset());
        Timed broken = timed("GET", READ, null);

        assertEquals(502, broken.status());
        assertEquals(error(502, "The Millicast API could not be reached: connection reset (3 attempts)"), broken.body());
        assertBetween(200, 2000, broken.millis());
        assertEquals(6, stub.received().size(), "3 attempts, each sent twice by the JDK");
    }

    @Test
    void anAnswerCutOffIsTriedAgainForAReadButACreateIsSentOnce() throws Exception {
        stub.answerInTurn("GET", READ, Answer.cutOff(200, TOKEN, 25), Answer.json(200, TOKEN));

        Timed read = timed("GET", READ, null);

        assertEquals(200, read.status());
        assertEquals(TOKEN, read.body());
        assertEquals(2, stub.received().size());

        stub.reset();
        stub.answer("POST", "/api/publish_token", Answer.cutOff(200, TOKEN, 25));
        Timed create = timed("POST", "/millicast/createToken", CREATE);

        assertEquals(502, create.status());
        assertEquals(error(502, "The Millicast API's answer (HTTP 200) was cut off after 25 of " + TOKEN.length()
                + " bytes. The token may have been created; list tokens to check."), create.body());
        assertBetween(0, 1500, create.millis());
        assertEquals(1, stub.received().size());
    }

    @Test
    void theMetricsCountAScriptedSequenceExactly() throws Exception {
        String readRoute = "route=\"/api/{kind: publish_token|subscribe_token}/{id}\"";
        String createRoute = "route=\"/api/{kind: publish_token|subscribe_token}\"";
        MetricsReading before = metrics();

        stub.answerInTurn("GET", READ, Answer.json(503, UNAVAILABLE), Answer.json(200, TOKEN));
        assertEquals(200, gateway.get(READ).statusCode()); // two attempts: one retry
        stub.answer("GET", READ, Answer.json(200, TOKEN));
        assertEquals(200, gateway.get(READ).statusCode());
        assertEquals(400, gateway.get("/api/publish_token/x7").statusCode()); // the caller's mistake: nothing sent
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN));
        String key = "metrics-" + System.nanoTime();
        assertEquals(200, gateway.sendWith("POST", "/api/publish_token", "application/json", CREATE,
                "Idempotency-Key", key).statusCode());
        assertEquals(200, gateway.sendWith("POST", "/api/publish_token", "application/json", CREATE,
                "Idempotency-Key", key).statusCode()); // replayed
        assertEquals(422, gateway.sendWith("POST", "/api/publish_token", "application/json",
                CREATE.replace("cam", "other"), "Idempotency-Key", key).statusCode());
        MetricsReading after = metrics();

        assertEquals(4, stub.received().size());
        assertEquals(2, after.since(before, "gateway_requests_seconds_count{method=\"GET\",outcome=\"ok\","
                + readRoute + ",mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_requests_seconds_count{method=\"GET\",outcome=\"client\","
                + readRoute + ",mp_scope=\"application\"}"));
        assertEquals(2, after.since(before, "gateway_requests_seconds_count{method=\"POST\",outcome=\"ok\","
                + createRoute + ",mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_requests_seconds_count{method=\"POST\",outcome=\"client\","
                + createRoute + ",mp_scope=\"application\"}"));
        assertEquals(2, after.since(before, "gateway_upstream_calls_seconds_count{operation=\"publish_read\","
                + "result=\"2xx\",mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_upstream_calls_seconds_count{operation=\"publish_read\","
                + "result=\"5xx\",mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_upstream_calls_seconds_count{operation=\"publish_create\","
                + "result=\"2xx\",mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_upstream_retries_total{operation=\"publish_read\","
                + "mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_idempotent_repeats_total{result=\"replayed\","
                + "mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_idempotent_repeats_total{result=\"other_body\","
                + "mp_scope=\"application\"}"));
        assertEquals(0, after.value("gateway_upstream_circuit_open{mp_scope=\"application\"}"));
        assertTrue(after.since(before, "ft_retry_retries_total{method=\"io.tokengateway.tokens.control."
                + "UpstreamRetries.repeatable\",mp_scope=\"base\"}") == 1, "Fault Tolerance's own count");
    }

    private MetricsReading metrics() throws Exception {
        HttpResponse<String> answer = gateway.get("/admin/metrics");
        assertEquals(200, answer.statusCode(), answer.body());
        assertFalse(answer.body().contains(SECRET), "the secret is in the metrics");
        assertFalse(answer.body().contains(editorKey), "a key is in the metrics");
        return MetricsReading.of(answer.body());
    }

    @Test
    void unavailableBurstsAreRiddenOutAndALongerOneGetsTheApisOwnAnswer() throws Exception {
        stub.answerInTurn("GET", READ, Answer.json(503, UNAVAILABLE), Answer.json(502, BAD_GATEWAY), Answer.json(200, TOKEN));

        Timed recovered = timed("GET", READ, null);

        assertEquals(200, recovered.status());
        assertEquals(TOKEN, recovered.body());
        assertBetween(200, 1500, recovered.millis());
        assertEquals(3, stub.received().size());

        stub.reset();
        stub.answer("GET", READ, Answer.json(503, UNAVAILABLE));
        Timed down = timed("GET", READ, null);

        assertEquals(503, down.status());
        assertEquals(UNAVAILABLE, down.body());
        assertBetween(200, 1500, down.millis());
        assertEquals(3, stub.received().size());
    }

    @Test
    void aCreateAnswered503IsNotRepeated() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(503, UNAVAILABLE));

        Timed create = timed("POST", "/millicast/createToken", CREATE);

        assertEquals(503, create.status());
        assertEquals(UNAVAILABLE, create.body());
        assertEquals(1, stub.received().size());
    }

    @Test
    void a429IsPassedOnWithItsRetryAfterAndNothingIsSentBeforeThen() throws Exception {
        String tooMany = "{\"status\":\"fail\",\"data\":{\"message\":\"Too Many Requests\"}}";
        stub.answer("GET", READ, Answer.json(429, tooMany).withHeader("Retry-After", "2"));

        Timed first = timed("GET", READ, null);
        long heldSince = System.nanoTime();

        assertEquals(429, first.status());
        assertEquals(tooMany, first.body());
        assertEquals("2", first.retryAfter());
        assertEquals(1, stub.received().size());

        stub.answer("GET", READ, Answer.json(200, TOKEN));
        Timed held = timed("POST", "/millicast/createToken", CREATE);

        assertEquals(429, held.status());
        assertTrue(List.of("1", "2").contains(held.retryAfter()), held.retryAfter());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Too Many Requests: the Millicast API asked for no "
                + "calls for " + held.retryAfter() + " s more\"}}", held.body());
        assertBetween(0, 500, held.millis());
        assertEquals(1, stub.received().size());

        Thread.sleep(Math.max(0, 2100 - (System.nanoTime() - heldSince) / 1_000_000)); // the pause the API asked for
        assertEquals(200, timed("GET", READ, null).status());
        assertEquals(2, stub.received().size());
    }

    @Test
    void theCircuitOpensAfterTheConfiguredFailuresAnswersAtOnceAndClosesWhenTheUpstreamRecovers() throws Exception {
        String list = "/api/publish_token/list";
        stub.answer("GET", list, Answer.json(503, UNAVAILABLE));
        String open = error(503, "The Millicast API is unavailable: after 4 failed calls in a row the gateway "
                + "stopped calling it for a while; try again in 5 s");
        MetricsReading before = metrics();

        Timed first = timed("GET", list + "?page=1&itemsOnPage=10", null);
        assertEquals(503, first.status());
        assertEquals(UNAVAILABLE, first.body());
        assertEquals(3, stub.received().size());

        // the 4th failure opens it: the retry that would follow is refused
        Timed opening = timed("GET", list + "?page=1&itemsOnPage=10", null);
        long openedAt = System.nanoTime();
        assertEquals(503, opening.status());
        assertEquals(open, opening.body());
        assertEquals("5", opening.retryAfter());
        assertEquals(4, stub.received().size());

        Timed create = timed("POST", "/millicast/createToken", CREATE);
        assertEquals(503, create.status());
        assertTrue(List.of("4", "5").contains(create.retryAfter()), create.retryAfter());
        assertEquals(create.body(), open.replace("5 s", create.retryAfter() + " s"));
        assertBetween(0, 300, create.millis());
        assertEquals(4, stub.received().size());

        var notReady = GatewayClient.forTestServer().get("/health/ready");
        assertEquals(503, notReady.statusCode(), notReady.body());
        assertTrue(notReady.body().contains("{\"name\":\"upstream\",\"status\":\"DOWN\",\"data\":{\"circuit\":\"open\"}}"),
                notReady.body());
        assertFalse(notReady.body().contains("localhost"), notReady.body());

        BrowserSession console = new BrowserSession();
        assertEquals(302, console.logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        String tokensPage = console.get("/").body();
        assertTrue(tokensPage.contains("The Millicast API is unavailable: after 4 failed calls in a row"), tokensPage);
        assertEquals(4, stub.received().size());

        stub.answer("GET", list, Answer.json(200, EMPTY_PAGE));
        Thread.sleep(Math.max(0, 5100 - (System.nanoTime() - openedAt) / 1_000_000)); // the breaker's delay
        Timed trial = timed("GET", list + "?page=1&itemsOnPage=10", null);
        assertEquals(200, trial.status());
        assertEquals(EMPTY_PAGE, trial.body());
        assertEquals(5, stub.received().size());
        var readyAgain = GatewayClient.forTestServer().get("/health/ready");
        assertEquals(200, readyAgain.statusCode(), readyAgain.body());

        stub.answerInTurn("GET", READ, Answer.json(503, UNAVAILABLE), Answer.json(200, TOKEN));
        assertEquals(200, timed("GET", READ, null).status(), "closed again: a failure is retried, not refused");
        assertEquals(7, stub.received().size());

        MetricsReading after = metrics();
        assertEquals(1, after.since(before, "gateway_upstream_circuit_transitions_total{to=\"open\","
                + "mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_upstream_circuit_transitions_total{to=\"closed\","
                + "mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_upstream_not_sent_total{operation=\"publish_create\","
                + "reason=\"circuit_open\",mp_scope=\"application\"}"));
        assertEquals(1, after.since(before, "gateway_requests_seconds_count{method=\"POST\",outcome=\"upstream\","
                + "route=\"/millicast/createToken\",mp_scope=\"application\"}"));
    }

    @Test
    void aSlowUpstreamFillsOnlyTheBulkheadAndTheAdminApiAndConsoleStillAnswer() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.json(200, TOKEN).after(Duration.ofMillis(1200)));
        BrowserSession console = new BrowserSession();
        assertEquals(302, console.logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Timed>> creates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                creates.add(callers.submit(() -> timed("POST", "/millicast/createToken", CREATE)));
            }
            Thread.sleep(300); // the creates are under way

            long started = System.nanoTime();
            var users = admin.get("/admin/users");
            long usersMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            var people = console.get("/people.xhtml");
            long pageMillis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(200, users.statusCode());
            assertTrue(usersMillis < 1000, "/admin/users took " + usersMillis + " ms");
            assertEquals(200, people.statusCode());
            assertTrue(pageMillis < 1000, "the people page took " + pageMillis + " ms");

            int done = 0;
            int busy = 0;
            for (Future<Timed> future : creates) {
                Timed create = future.get();
                if (create.status() == 200) {
                    done++;
                } else {
                    busy++;
                    assertEquals(503, create.status());
                    assertEquals(error(503, "The Millicast API is slow to answer: the gateway is already waiting for "
                            + "3 calls to it; try again in a moment"), create.body());
                    assertEquals("1", create.retryAfter());
                    assertTrue(create.millis() < 1000, "a refused call waited " + create.millis() + " ms");
                }
            }
            assertEquals(3, stub.mostAtOnce(), "upstream calls at once");
            assertEquals(done, stub.received().size());
            assertTrue(busy >= 1 && done >= 3, done + " done, " + busy + " refused");
        } finally {
            callers.shutdownNow();
        }
    }

    /** The newest audit row of this action; the trail is written as the request ends, so poll briefly. */
    private JsonObject lastAuditRow(String action) throws Exception {
        GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            var events = object(admin.get("/admin/audit?pageSize=100").body()).getJsonObject("data").getJsonArray("events");
            for (int i = 0; i < events.size(); i++) {
                JsonObject row = events.getJsonObject(i);
                if (row.getString("action").equals(action)) {
                    return row;
                }
            }
            assertTrue(System.nanoTime() < deadline, "no " + action + " row in the trail");
            Thread.sleep(100); // a poll step, bounded by the deadline
        }
    }
}
