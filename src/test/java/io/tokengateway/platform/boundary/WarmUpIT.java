package io.tokengateway.platform.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.ServerLog;
import io.tokengateway.testing.StubMillicast;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The warm-up on a real Payara Micro against the real HTTPS stub: the gateway is live but not ready while it warms
 * up, and ready after; its own requests to itself are served (reads, answered by its own simulator) but reach
 * neither the access log nor the metrics (a request that merely claims to be one is refused, and logged), nothing but
 * the readiness probe reaches the Millicast API, and the audit trail has nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarmUpIT {

    private static final Pattern DONE = Pattern.compile("Warm-up done in [\\d,]+ ms \\(([^;]+); [\\d,]+ rounds in process, "
            + "([\\d,]+) requests to itself, ([\\d,]+) answered 2xx\\)");
    private static StubMillicast stub;
    private static Instant deployed;
    private final GatewayClient anonymous = GatewayClient.forTestServer();

    WarmUpIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        deployed = Instant.now();
        // the API refuses the secret until the test says otherwise: not ready, whatever the warm-up's simulator answers
        stub.answer("GET", "/api/publish_token/list", StubMillicast.Answer.json(401,
                "{\"status\":\"fail\",\"data\":{\"message\":\"Unauthorized\"}}"));
        return Deployments.againstStub("warmup", stub, "it-secret-warmup", Map.of(
                "gateway.warmup.seconds", "60",
                "gateway.warmup.min.seconds", "12",
                "gateway.https.port", System.getProperty("it.https.port")));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void liveButNotReadyWhileWarmingUpThenReadyAndNothingOfItIsLoggedCountedOrSentUpstream() throws Exception {
        HttpResponse<String> live = anonymous.get("/health/live");
        HttpResponse<String> warming = anonymous.get("/health/ready");
        HttpResponse<String> claimingToBeTheWarmUp = anonymous.sendWith("GET", "/millicast/getList", "application/json",
                "", "X-Gateway-Warm-Up", "a-guess");

        assertEquals(200, live.statusCode(), live.body());
        assertEquals(503, warming.statusCode(), warming.body());
        assertTrue(warming.body().contains("{\"name\":\"warm-up\",\"status\":\"DOWN\""), warming.body());
        assertEquals(401, claimingToBeTheWarmUp.statusCode());

        awaitWarmUpDone(Duration.ofSeconds(90));
        HttpResponse<String> refusedUpstream = anonymous.get("/health/ready");
        assertEquals(503, refusedUpstream.statusCode(), "the warm-up's answers from its simulator made the gateway "
                + "look ready: " + refusedUpstream.body());
        assertTrue(refusedUpstream.body().contains("\"probe\":\"401\""), "the readiness probe was not sent: "
                + refusedUpstream.body());
        stub.answer("GET", "/api/publish_token/list", StubMillicast.Answer.json(200, "{\"status\":\"success\",\"data\":[]}"));
        HttpResponse<String> ready = awaitReady(Duration.ofSeconds(30));
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("{\"name\":\"warm-up\",\"status\":\"UP\""), ready.body());

        String log = ServerLog.since(deployed);
        Matcher done = DONE.matcher(log);
        assertTrue(done.find(), "no warm-up line in " + log);
        assertTrue(Long.parseLong(done.group(2).replace(",", "")) > 100, done.group());
        assertTrue(Long.parseLong(done.group(3).replace(",", "")) > 50, "the warm-up's reads were not served (its marker "
                + "is its credential while it runs): " + done.group());
        assertEquals(1, count(log, "GET /millicast/getList anonymous"), "only the request with a guessed marker is "
                + "in the access log, not the warm-up's own");
        assertEquals(0, count(log, "/viewer_token anonymous"), "the warm-up's viewer token requests are in the access log");
        assertEquals(0, count(log, "Warm-up: "), "a warm-up problem was logged");

        assertTrue(stub.received().stream().allMatch(r -> r.path().equals("/api/publish_token/list")
                        && r.rawQuery().contains("itemsOnPage=1&")),
                "the warm-up called the API (only the readiness probe, a list of one, may have): " + stub.received());
        GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);
        HttpResponse<String> metrics = admin.get("/admin/metrics");
        assertEquals(200, metrics.statusCode());
        assertFalse(metrics.body().contains("viewer_token"), "the warm-up's requests are in the metrics");
        assertTrue(metrics.body().contains("route=\"/millicast/getList\""), "the guessed marker's request is not counted");
        assertFalse(metrics.body().contains("operation=\"publish_read\""), "the warm-up's calls to its simulator are "
                + "in the upstream metrics");
        HttpResponse<String> trail = admin.get("/admin/audit?pageSize=100");
        assertEquals(200, trail.statusCode(), trail.body());
        assertEquals("[]", object(trail.body()).getJsonObject("data").getJsonArray("events").toString(), trail.body());
    }

    private static void awaitWarmUpDone(Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!DONE.matcher(ServerLog.since(deployed)).find() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> awaitReady(Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        HttpResponse<String> ready = anonymous.get("/health/ready");
        while (ready.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            ready = anonymous.get("/health/ready");
        }
        return ready;
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
