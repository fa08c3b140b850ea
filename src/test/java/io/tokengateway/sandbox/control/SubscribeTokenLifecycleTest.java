package io.tokengateway.sandbox.control;

import static io.tokengateway.sandbox.control.SandboxClient.json;
import static io.tokengateway.sandbox.control.SandboxClient.validation;
import static io.tokengateway.sandbox.control.SandboxClient.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.sandbox.control.SandboxClient.Answer;
import io.tokengateway.testing.SettableClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscribeTokenLifecycleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2024-12-03T05:43:29.173408Z"));
    private final SandboxClient client = new SandboxClient(new SandboxUpstream(100, clock));

    @Test
    void createAnswersTheSubscribeTokenWithTrackingAndWithoutPublishFields() {
        Answer answer = client.post("/api/subscribe_token", json("""
                {'label':'viewer','expires':3600,'streams':[{'streamName':'temp_stream'}],
                 'tracking':{'trackingId':'syndication-1'}}"""));

        assertEquals(200, answer.status());
        JsonObject data = answer.object();
        assertTrue(data.getString("token").matches("[0-9a-f]{64}"));
        assertEquals(json("""
                {'id':1,'name':'viewer','label':'viewer','addedOn':'2024-12-03T05:43:29.173408Z',
                 'expiresOn':'2024-12-03T06:43:29.173408Z','isActive':true,
                 'streams':[{'streamName':'temp_stream','isRegex':false}],
                 'allowedOrigins':[],'allowedIpAddresses':[],'bindIpsOnUsage':null,'originCluster':'',
                 'allowedCountries':[],'deniedCountries':[],'tracking':{'trackingId':'syndication-1'},
                 'effectiveSettings':{'originCluster':'auto','allowedCountries':[],'deniedCountries':[]},
                 'adminSettings':{'forcedServerId':null,'dumpStats':false}}"""),
                Json.createObjectBuilder(data).remove("token").build());
    }

    @Test
    void createWithoutTrackingHasNullTrackingId() {
        assertEquals(json("{'trackingId':null}"), client.createSubscribe("v", "s").get("tracking"));
    }

    @Test
    void publishOnlyFieldsOnASubscribeTokenArePassedThroughUnchanged() {
        JsonObject data = client.post("/api/subscribe_token",
                json("{'label':'v','streams':[{'streamName':'s'}],'record':'anything'}")).object();

        assertEquals("anything", data.getString("record"));
        assertFalse(data.containsKey("multisource"));
    }

    @Test
    void createGetUpdateV1UpdateV2ListDeleteThenGetAnswers400() {
        JsonObject created = client.createSubscribe("first", "s1");

        assertEquals("first", client.get("/api/subscribe_token/1").object().getString("name"));

        JsonObject v1 = client.put("/api/subscribe_token/1", json("""
                {'label':'second','updateAllowedOrigins':['*.a.com'],'updateAllowedCountries':['FR'],
                 'updateBindIpsOnUsage':3,'updateOriginCluster':'lon-1',
                 'addTokenStreams':[{'streamName':'s2'}]}""")).object();
        assertEquals("second", v1.getString("name"));
        assertEquals(value("['*.a.com']"), v1.get("allowedOrigins"));
        assertEquals(value("['FR']"), v1.get("allowedCountries"));
        assertEquals(3, v1.getInt("bindIpsOnUsage"));
        assertEquals(json("{'originCluster':'lon-1','allowedCountries':['FR'],'deniedCountries':[]}"),
                v1.get("effectiveSettings"));

        JsonObject v2 = client.put("/api/v2/subscribe_token/1", json("""
                {'label':'third','allowedCountries':[],'deniedCountries':['DE'],'removeTokenStreams':['s1'],
                 'refreshToken':true}""")).object();
        assertFalse(v2.containsKey("name"));
        assertEquals(value("['DE']"), v2.get("deniedCountries"));
        assertEquals(value("[{'streamName':'s2','isRegex':false}]"), v2.get("streams"));
        assertNotEquals(created.getString("token"), v2.getString("token"));

        Answer list = client.get("/api/subscribe_token/list", "page", "1", "itemsOnPage", "5");
        assertEquals(1, list.array().size());
        assertEquals("third", list.array().getJsonObject(0).getString("name"));

        assertEquals(JsonValue.TRUE, client.delete("/api/subscribe_token/1").data());
        Answer gone = client.get("/api/subscribe_token/1");
        assertEquals(400, gone.status());
        assertEquals(json("{'status':'fail','data':{'tokenId':'No subscribe token with id: 1'}}"), gone.envelope());
    }

    @Test
    void trackingCannotBeUpdatedAndIsNotOverwrittenByAnUpdate() {
        client.post("/api/subscribe_token",
                json("{'label':'v','streams':[{'streamName':'s'}],'tracking':{'trackingId':'t1'}}"));

        JsonObject data = client.put("/api/v2/subscribe_token/1",
                json("{'label':'w','tracking':{'trackingId':'t2'}}")).object();

        assertEquals(json("{'trackingId':'t1'}"), data.get("tracking"));
    }

    @Test
    void subscribeAndPublishTokensHaveSeparateStoresAndIds() {
        client.createPublish("p", "s");
        client.createPublish("p2", "s");

        assertEquals(1, client.createSubscribe("v", "s").getInt("id"));
        assertEquals("v", client.get("/api/subscribe_token/1").object().getString("label"));
        assertEquals("p", client.get("/api/publish_token/1").object().getString("label"));
    }

    @Test
    void subscribeHasNoPublishOnlyEndpoints() {
        assertEquals(404, client.get("/api/subscribe_token/active/all").status());
        assertEquals(404, client.post("/api/subscribe_token/1/restream/sync", null).status());
        // these fall on /api/subscribe_token/{id}: not an id for GET, no PATCH at all
        assertEquals(validation("tokenId", "The value 'list_by_cluster' is not valid."),
                client.get("/api/subscribe_token/list_by_cluster", "cluster", "auto").envelope());
        assertEquals(405, client.patch("/api/subscribe_token/disable", json("{'tokenIds':[1]}")).status());
    }

    @Test
    void emptyUpdateAnswersNoPropertiesSpecified() {
        client.createSubscribe("v", "s");

        Answer answer = client.put("/api/subscribe_token/1", json("{}"));

        assertEquals(400, answer.status());
        assertEquals(json("{'token':'No properties specified to update.'}"), answer.object());
    }
}
