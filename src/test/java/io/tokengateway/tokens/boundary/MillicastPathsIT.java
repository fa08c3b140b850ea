package io.tokengateway.tokens.boundary;

import static io.tokengateway.testing.JsonText.object;
import static io.tokengateway.testing.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.ContractCases;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast.Received;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.TestTls;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Every token endpoint of API.md at Millicast's own paths, against the HTTPS stub: the exact upstream request
 * (method, path, query, body, the server's secret, never the caller's key) and the exact answer relayed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MillicastPathsIT {

    private static final String SECRET = "paths-it-secret-value";
    private static StubMillicast stub;
    private static String editorKey;
    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private GatewayClient editor;

    MillicastPathsIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        Map<String, String> settings = new HashMap<>(Admin.settings("paths"));
        settings.putAll(Map.of(
                "millicast.api.url", stub.baseUrl(),
                "millicast.api.secret", SECRET,
                "millicast.trust.ca.file", TestTls.stubPem().toString(),
                "gateway.ratelimit.changes.per.second", "1000",
                "gateway.ratelimit.changes.burst", "1000"));
        return Deployments.gateway(settings);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void editorKey() throws Exception {
        if (editorKey == null) {
            editorKey = Admin.issueKey(anonymous, "paths editor", "editor");
        }
        editor = anonymous.withKey(editorKey);
        stub.reset();
    }

    /** A call to the gateway and what must arrive upstream; upstream answers {@code answer}. */
    private record Call(String method, String path, String body, String upstreamPath, String upstreamQuery,
            String answer) {
    }

    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":5,\"label\":\"l\",\"token\":\"t\","
            + "\"isActive\":true,\"streams\":[{\"streamName\":\"s\",\"isRegex\":false}],\"futureField\":{\"x\":1}}}";
    private static final String LIST = "{\"status\":\"success\",\"data\":[]}";
    private static final String TRUE = "{\"status\":\"success\",\"data\":true}";
    private static final String IDS = "{\"status\":\"success\",\"data\":{\"tokenIds\":[5,6]}}";
    private static final String BULK = "{\"status\":\"success\",\"data\":{\"successfulTokens\":[5],\"failedTokens\":"
            + "[{\"tokenId\":6,\"errorMessage\":null}]}}";
    private static final String CREATE = "{\"label\":\"l\",\"streams\":[{\"streamName\":\"s\",\"isRegex\":false}],"
            + "\"expires\":60,\"futureField\":{\"x\":1}}";

    private static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (String kind : List.of("publish_token", "subscribe_token")) {
            String base = "/api/" + kind;
            calls.add(new Call("POST", base, CREATE, base, null, TOKEN));
            calls.add(new Call("POST", base + "/", CREATE, base, null, TOKEN));
            calls.add(new Call("GET", base + "/5", null, base + "/5", null, TOKEN));
            calls.add(new Call("PUT", base + "/5", "{\"updateAllowedOrigins\":[\"*.a.com\"],\"futureField\":1}", base + "/5", null, TOKEN));
            calls.add(new Call("PUT", "/api/v2/" + kind + "/5", "{\"allowedOrigins\":[\"*.a.com\"],\"isActive\":false}",
                    "/api/v2/" + kind + "/5", null, TOKEN));
            calls.add(new Call("DELETE", base + "/5", null, base + "/5", null, TRUE));
            calls.add(new Call("GET", base + "/list?page=2&itemsOnPage=10&sortBy=AddedOn&isDescending=True", null,
                    base + "/list", "page=2&itemsOnPage=10&sortBy=AddedOn&isDescending=True", LIST));
            calls.add(new Call("GET", base + "/list_by_name?name=cam&filterBy=StreamName&page=1&itemsOnPage=100", null,
                    base + "/list_by_name", "name=cam&filterBy=StreamName&page=1&itemsOnPage=100", LIST));
        }
        String base = "/api/publish_token";
        calls.add(new Call("GET", base + "/list_by_cluster?cluster=fra-1&page=1&itemsOnPage=5", null,
                base + "/list_by_cluster", "cluster=fra-1&page=1&itemsOnPage=5", LIST));
        calls.add(new Call("GET", base + "/active?streamId=acct%2Fcam", null, base + "/active", "streamId=acct%2Fcam", IDS));
        calls.add(new Call("GET", base + "/active?streamId=acct/cam", null, base + "/active", "streamId=acct%2Fcam", IDS));
        calls.add(new Call("GET", base + "/active/all", null, base + "/active/all", null, IDS));
        calls.add(new Call("PATCH", base + "/disable", "{\"tokenIds\":[5,6]}", base + "/disable", null, BULK));
        calls.add(new Call("POST", base + "/5/restream/sync", null, base + "/5/restream/sync", null, TRUE));
        return calls;
    }

    @Test
    void everyEndpointReachesUpstreamExactlyAndItsAnswerComesBackAsItWas() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Call call : calls()) {
            stub.reset();
            String upstreamMethod = call.method();
            stub.answer(upstreamMethod, call.upstreamPath(), Answer.json(200, call.answer()));
            var response = editor.send(call.method(), call.path(), call.body());
            String label = call.method() + " " + call.path();
            List<Received> received = stub.received();
            if (response.statusCode() != 200 || !response.body().equals(call.answer())) {
                wrong.add(label + " answered " + response.statusCode() + " " + response.body());
                continue;
            }
            if (received.size() != 1) {
                wrong.add(label + " made " + received.size() + " upstream calls");
                continue;
            }
            Received sent = received.get(0);
            if (!sent.method().equals(upstreamMethod) || !sent.path().equals(call.upstreamPath())
                    || !java.util.Objects.equals(sent.rawQuery(), call.upstreamQuery())
                    || !("Bearer " + SECRET).equals(sent.authorization())) {
                wrong.add(label + " sent " + sent);
            }
            if (call.body() != null && !parse(call.body()).equals(parse(sent.body()))) {
                wrong.add(label + " sent body " + sent.body());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyInvalidRequestOfTheContractIsAnsweredHereAndNoneGoesUpstream() throws Exception {
        assertEquals(List.of(), ContractCases.sendAll(editor));
        assertTrue(ContractCases.count() >= 60);
        assertEquals(List.of(), stub.received());
    }

    @Test
    void upstreamFailuresAreRelayedWithTheirStatus() throws Exception {
        String missing = "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No subscribe token with id: 9\"}}";
        stub.answer("GET", "/api/subscribe_token/9", Answer.json(400, missing));

        var response = editor.get("/api/subscribe_token/9");

        assertEquals(400, response.statusCode());
        assertEquals(missing, response.body());
    }

    @Test
    void bulkDeleteExtensionDeletesEachAndReportsEach() throws Exception {
        stub.answer("DELETE", "/api/publish_token/5", Answer.json(200, TRUE));
        stub.answer("DELETE", "/api/publish_token/6",
                Answer.json(400, "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 6\"}}"));

        var response = editor.post("/api/publish_token/delete", "{\"tokenIds\":[5,6]}");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(parse("{\"status\":\"success\",\"data\":{\"successfulTokens\":[5],\"failedTokens\":"
                + "[{\"tokenId\":6,\"errorMessage\":\"No publish token with id: 6\"}]}}"), parse(response.body()));
        assertEquals(2, stub.received().size());
        var rows = object(anonymous.withPassword(Admin.NAME, Admin.PASSWORD)
                .get("/admin/audit?action=token.delete&actor=paths").body()).getJsonObject("data").getJsonArray("events");
        assertTrue(rows.stream().anyMatch(r -> r.asJsonObject().getInt("tokenId", 0) == 6), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.asJsonObject().getInt("tokenId", 0) == 5), rows.toString());
    }

    @Test
    void oversizedBodiesGet413AndWrongContentTypes415WithoutUpstreamCalls() throws Exception {
        String huge = "{\"label\":\"" + "x".repeat(70_000) + "\",\"streams\":[{\"streamName\":\"s\"}]}";
        var tooLarge = editor.post("/api/publish_token", huge);
        assertEquals(413, tooLarge.statusCode());
        assertEquals("fail", object(tooLarge.body()).getString("status"));

        var malformed = editor.post("/api/publish_token", "{\"label\":");
        assertEquals(400, malformed.statusCode());
        assertTrue(object(malformed.body()).getJsonObject("data").getJsonObject("errors").containsKey("$"), malformed.body());

        var wrongType = editor.sendTyped("POST", "/api/publish_token", "text/plain", CREATE);
        assertEquals(415, wrongType.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Unsupported Media Type\"}}", wrongType.body());
        assertEquals(List.of(), stub.received());
    }

    @Test
    void aViewerMayReadButNotChangeAtMillicastPaths() throws Exception {
        GatewayClient viewer = anonymous.withKey(Admin.issueKey(anonymous, "paths viewer", "viewer"));
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, LIST));

        assertEquals(200, viewer.get("/api/publish_token/list?page=1&itemsOnPage=1").statusCode());
        assertEquals(403, viewer.post("/api/publish_token", CREATE).statusCode());
        assertEquals(403, viewer.send("PATCH", "/api/publish_token/disable", "{\"tokenIds\":[1]}").statusCode());
        assertEquals(401, anonymous.get("/api/publish_token/list?page=1&itemsOnPage=1").statusCode());
        assertEquals(1, stub.received().size());
    }
}
