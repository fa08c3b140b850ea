package io.tokengateway.sandbox.control;

import static io.tokengateway.sandbox.control.SandboxClient.json;
import static io.tokengateway.sandbox.control.SandboxClient.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.sandbox.control.SandboxClient.Answer;
import io.tokengateway.testing.SettableClock;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActiveAndDisableTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final SandboxClient client = new SandboxClient(new SandboxUpstream(100, clock));

    @Test
    void activeFindsTokensForTheStreamWithAnyAccountPrefixOrNone() {
        client.createPublish("one", "main");
        client.createPublish("two", "other");
        client.createPublish("three", "main");

        assertEquals(json("{'tokenIds':[1,3]}"),
                client.get("/api/publish_token/active", "streamId", "sandbox/main").object());
        assertEquals(json("{'tokenIds':[1,3]}"),
                client.get("/api/publish_token/active", "streamId", "k9Xb2/main").object());
        assertEquals(json("{'tokenIds':[1,3]}"), client.get("/api/publish_token/active", "streamId", "main").object());
        assertEquals(json("{'tokenIds':[]}"),
                client.get("/api/publish_token/active", "streamId", "acct/none").object());
    }

    @Test
    void activeMatchesRegexStreamsAgainstTheWholeName() {
        client.post("/api/publish_token",
                json("{'label':'r','streams':[{'streamName':'container1/.+','isRegex':true}]}"));

        assertEquals(json("{'tokenIds':[1]}"),
                client.get("/api/publish_token/active", "streamId", "acct/container1/cam").object());
        assertEquals(json("{'tokenIds':[]}"),
                client.get("/api/publish_token/active", "streamId", "acct/container2/cam").object());
    }

    @Test
    void activeWithACatastrophicallyBacktrackingRegexAnswersQuicklyWithoutAMatch() {
        client.post("/api/publish_token", json("{'label':'r','streams':[{'streamName':'(a+)+b','isRegex':true}]}"));
        client.createPublish("plain", "a".repeat(40));

        long start = System.nanoTime();
        Answer answer = client.get("/api/publish_token/active", "streamId", "acct/" + "a".repeat(40));

        assertEquals(json("{'tokenIds':[2]}"), answer.object());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
    }

    @Test
    void activeSkipsDisabledAndExpiredTokens() {
        client.createPublish("on", "main");
        client.createPublish("off", "main");
        client.post("/api/publish_token", json("{'label':'short','expires':60,'streams':[{'streamName':'main'}]}"));
        client.put("/api/publish_token/2", json("{'isActive':false}"));
        clock.advance(Duration.ofSeconds(60));

        assertEquals(json("{'tokenIds':[1]}"), client.get("/api/publish_token/active", "streamId", "a/main").object());
        assertEquals(json("{'tokenIds':[1]}"), client.get("/api/publish_token/active/all").object());
    }

    @Test
    void activeWithoutStreamIdAnswersValidationError() {
        Answer answer = client.get("/api/publish_token/active");

        assertEquals(400, answer.status());
        assertEquals(validation("streamId", "The StreamId field is required."), answer.envelope());
    }

    @Test
    void activeAllListsEveryActiveTokenId() {
        client.createPublish("a", "s1");
        client.createPublish("b", "s2");

        Answer answer = client.get("/api/publish_token/active/all/");

        assertEquals(200, answer.status());
        assertEquals(json("{'status':'success','data':{'tokenIds':[1,2]}}"), answer.envelope());
    }

    @Test
    void disableWithKnownAndUnknownIdsReportsBothAndDeactivates() {
        client.createPublish("a", "s");
        client.createPublish("b", "s");
        client.createPublish("c", "s");

        Answer answer = client.patch("/api/publish_token/disable", json("{'tokenIds':[3,42,1]}"));

        assertEquals(200, answer.status());
        assertEquals(json("""
                {'successfulTokens':[3,1],
                 'failedTokens':[{'tokenId':42,'errorMessage':'No publish token with id: 42'}]}"""), answer.object());
        assertEquals(JsonValue.FALSE, client.get("/api/publish_token/1").object().get("isActive"));
        assertEquals(JsonValue.TRUE, client.get("/api/publish_token/2").object().get("isActive"));
        assertEquals(JsonValue.FALSE, client.get("/api/publish_token/3").object().get("isActive"));
        assertEquals(json("{'tokenIds':[2]}"), client.get("/api/publish_token/active/all").object());
    }

    @Test
    void disabledTokenIsReenabledWithIsActiveTrue() {
        client.createPublish("a", "s");
        client.patch("/api/publish_token/disable", json("{'tokenIds':[1]}"));

        client.put("/api/v2/publish_token/1", json("{'isActive':true}"));

        assertEquals(json("{'tokenIds':[1]}"), client.get("/api/publish_token/active/all").object());
    }

    @Test
    void disableRequiresAtLeastOneTokenId() {
        Answer empty = client.patch("/api/publish_token/disable", json("{'tokenIds':[]}"));
        Answer missing = client.patch("/api/publish_token/disable", json("{}"));
        Answer wrongType = client.patch("/api/publish_token/disable", json("{'tokenIds':[1,'two']}"));
        Answer noBody = client.patch("/api/publish_token/disable", null);

        assertEquals(validation("tokenIds",
                "The field TokenIds must be a string or array type with a minimum length of '1'."), empty.envelope());
        assertEquals(validation("tokenIds", "The TokenIds field is required."), missing.envelope());
        assertEquals(validation("tokenIds[1]", "The JSON value could not be converted to an integer."),
                wrongType.envelope());
        assertEquals(validation("$", "A non-empty request body is required."), noBody.envelope());
        assertEquals(400, empty.status());
    }
}
