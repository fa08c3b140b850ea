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
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishTokenLifecycleTest {

    private static final Instant START = Instant.parse("2024-12-03T06:06:50.137196789Z");

    private final SettableClock clock = new SettableClock(START);
    private final SandboxClient client = new SandboxClient(new SandboxUpstream(100, clock));

    @Test
    void createAnswersTheFullV1TokenWithDefaultsAndMicrosecondTimestamps() {
        Answer answer = client.post("/api/publish_token", json("{'label':'cam','streams':[{'streamName':'s1'}]}"));

        assertEquals(200, answer.status());
        assertEquals("success", answer.envelope().getString("status"));
        JsonObject data = answer.object();
        assertTrue(data.getString("token").matches("[0-9a-f]{64}"), data.getString("token"));
        JsonObject expected = json("""
                {'id':1,'name':'cam','label':'cam','addedOn':'2024-12-03T06:06:50.137196Z','expiresOn':null,
                 'isActive':true,'streams':[{'streamName':'s1','isRegex':false}],
                 'allowedOrigins':[],'allowedIpAddresses':[],'bindIpsOnUsage':null,'originCluster':'',
                 'allowedCountries':[],'deniedCountries':[],
                 'subscribeRequiresAuth':false,'record':false,'clip':false,'multisource':true,
                 'enableThumbnails':false,'lowLatencyRtmp':true,'displaySrtPassphrase':false,'drm':false,
                 'priority':null,'encoderProfileId':null,'enableUTCInsertion':null,
                 'geoCascade':{'isEnabled':false,'clusters':['all']},'restream':[],
                 'effectiveSettings':{'originCluster':'auto','allowedCountries':[],'deniedCountries':[],
                   'geoCascade':{'isEnabled':false,'clusters':['all']},'enableUTCInsertion':null},
                 'integrationId':'None','srtPassphrase':null,'adminSettings':{'forcedServerId':null}}""");
        assertEquals(expected, without(data, "token"));
    }

    @Test
    void createWithTrailingSlashIsTheSameCall() {
        Answer answer = client.post("/api/publish_token/", json("{'label':'a','streams':[{'streamName':'s'}]}"));

        assertEquals(200, answer.status());
        assertEquals(1, answer.object().getInt("id"));
    }

    @Test
    void createWithExpiresSetsExpiresOnToAddedOnPlusSeconds() {
        JsonObject created = client.post("/api/publish_token",
                json("{'label':'t','expires':3600,'streams':[{'streamName':'s'}]}")).object();

        assertEquals("2024-12-03T06:06:50.137196Z", created.getString("addedOn"));
        assertEquals("2024-12-03T07:06:50.137196Z", created.getString("expiresOn"));
    }

    @Test
    void readTruncatesTimestampsToWholeSeconds() {
        client.post("/api/publish_token", json("{'label':'t','expires':3600,'streams':[{'streamName':'s'}]}"));

        JsonObject read = client.get("/api/publish_token/1").object();

        assertEquals("2024-12-03T06:06:50Z", read.getString("addedOn"));
        assertEquals("2024-12-03T07:06:50Z", read.getString("expiresOn"));
    }

    @Test
    void idsIncreaseFromOne() {
        assertEquals(1, client.createPublish("a", "s").getInt("id"));
        assertEquals(2, client.createPublish("b", "s").getInt("id"));
        assertEquals(3, client.createPublish("c", "s").getInt("id"));
    }

    @Test
    void createGetUpdateV1UpdateV2ListDeleteThenGetAnswers400() {
        JsonObject created = client.createPublish("first", "cam1");
        int id = created.getInt("id");
        String token = created.getString("token");

        Answer read = client.get("/api/publish_token/" + id);
        assertEquals(200, read.status());
        assertEquals(token, read.object().getString("token"));
        assertEquals("first", read.object().getString("name"));

        Answer v1 = client.put("/api/publish_token/" + id, json("""
                {'label':'second','updateAllowedOrigins':['*.demo.com'],'record':true,
                 'addTokenStreams':[{'streamName':'cam2'}],'updateOriginCluster':'fra-1'}"""));
        assertEquals(200, v1.status());
        assertEquals("second", v1.object().getString("label"));
        assertEquals("second", v1.object().getString("name"));
        assertEquals(value("['*.demo.com']"), v1.object().get("allowedOrigins"));
        assertEquals(JsonValue.TRUE, v1.object().get("record"));
        assertEquals("fra-1", v1.object().getString("originCluster"));
        assertEquals("fra-1", v1.object().getJsonObject("effectiveSettings").getString("originCluster"));
        assertEquals(value("[{'streamName':'cam1','isRegex':false},{'streamName':'cam2','isRegex':false}]"),
                v1.object().get("streams"));
        assertEquals(token, v1.object().getString("token"));

        Answer v2 = client.put("/api/v2/publish_token/" + id, json("""
                {'label':'third','allowedOrigins':['example.com'],'removeTokenStreams':['cam1'],'record':false,
                 'clip':true}"""));
        assertEquals(200, v2.status());
        assertEquals("third", v2.object().getString("label"));
        assertFalse(v2.object().containsKey("name"));
        assertEquals(value("['example.com']"), v2.object().get("allowedOrigins"));
        assertEquals(value("[{'streamName':'cam2','isRegex':false}]"), v2.object().get("streams"));
        assertEquals(JsonValue.TRUE, v2.object().get("clip"));
        assertEquals("2024-12-03T06:06:50Z", v2.object().getString("addedOn"));

        Answer list = client.get("/api/publish_token/list", "page", "1", "itemsOnPage", "10");
        assertEquals(200, list.status());
        assertEquals(1, list.array().size());
        assertEquals("third", list.array().getJsonObject(0).getString("name"));

        Answer deleted = client.delete("/api/publish_token/" + id);
        assertEquals(200, deleted.status());
        assertEquals(json("{'status':'success','data':true}"), deleted.envelope());

        Answer gone = client.get("/api/publish_token/" + id);
        assertEquals(400, gone.status());
        assertEquals(json("{'status':'fail','data':{'tokenId':'No publish token with id: 1'}}"), gone.envelope());
    }

    @Test
    void updateV1UsesUpdatePrefixedNamesForListsAndGeoCascadeAndRestream() {
        int id = client.createPublish("t", "s").getInt("id");

        JsonObject data = client.put("/api/publish_token/" + id, json("""
                {'updateAllowedIpAddresses':['10.0.0.0/24'],'updateAllowedCountries':['us'],
                 'updateGeoCascade':{'isEnabled':true,'clusters':['phx-1']},
                 'updateRestream':[{'url':'rtmp://a.example/live','key':'12345'}],'priority':5}""")).object();

        assertEquals(value("['10.0.0.0/24']"), data.get("allowedIpAddresses"));
        assertEquals(value("['US']"), data.get("allowedCountries"));
        assertEquals(json("{'isEnabled':true,'clusters':['phx-1']}"), data.get("geoCascade"));
        assertEquals(json("{'isEnabled':true,'clusters':['phx-1']}"),
                data.getJsonObject("effectiveSettings").get("geoCascade"));
        assertEquals(value("[{'url':'rtmp://a.example/live','key':'12345','label':null,'enabled':true}]"),
                data.get("restream"));
        assertEquals(5, data.getInt("priority"));
    }

    @Test
    void updateListFieldsReplaceTheWholeList() {
        int id = client.createPublish("t", "s").getInt("id");
        client.put("/api/v2/publish_token/" + id, json("{'allowedOrigins':['a.com','b.com']}"));

        JsonObject data = client.put("/api/v2/publish_token/" + id, json("{'allowedOrigins':['c.com']}")).object();

        assertEquals(value("['c.com']"), data.get("allowedOrigins"));
    }

    @Test
    void updateWithNullPriorityClearsIt() {
        int id = client.createPublish("t", "s").getInt("id");
        client.put("/api/v2/publish_token/" + id, json("{'priority':7}"));

        JsonObject data = client.put("/api/v2/publish_token/" + id, json("{'priority':null}")).object();

        assertEquals(JsonValue.NULL, data.get("priority"));
    }

    @Test
    void addingAStreamAlreadyOnTheTokenDoesNotDuplicateIt() {
        int id = client.createPublish("t", "s").getInt("id");

        JsonObject data = client.put("/api/v2/publish_token/" + id,
                json("{'addTokenStreams':[{'streamName':'s'},{'streamName':'x.*','isRegex':true}]}")).object();

        assertEquals(value("[{'streamName':'s','isRegex':false},{'streamName':'x.*','isRegex':true}]"),
                data.get("streams"));
    }

    @Test
    void removingAStreamNotOnTheTokenIsIgnored() {
        int id = client.createPublish("t", "s").getInt("id");

        Answer answer = client.put("/api/v2/publish_token/" + id, json("{'removeTokenStreams':['other']}"));

        assertEquals(200, answer.status());
        assertEquals(value("[{'streamName':'s','isRegex':false}]"), answer.object().get("streams"));
    }

    @Test
    void refreshTokenRotatesTheTokenString() {
        JsonObject created = client.createPublish("t", "s");
        int id = created.getInt("id");

        String v1 = client.put("/api/publish_token/" + id, json("{'refreshToken':true}")).object().getString("token");
        String v2 = client.put("/api/v2/publish_token/" + id, json("{'refreshToken':true}")).object()
                .getString("token");

        assertTrue(v1.matches("[0-9a-f]{64}"));
        assertNotEquals(created.getString("token"), v1);
        assertNotEquals(v1, v2);
        assertEquals(v2, client.get("/api/publish_token/" + id).object().getString("token"));
    }

    @Test
    void refreshTokenFalseKeepsTheTokenString() {
        JsonObject created = client.createPublish("t", "s");

        String token = client.put("/api/publish_token/1", json("{'refreshToken':false}")).object().getString("token");

        assertEquals(created.getString("token"), token);
    }

    @Test
    void isActiveFalseThenTrueTogglesTheToken() {
        client.createPublish("t", "s");

        assertEquals(JsonValue.FALSE, client.put("/api/publish_token/1", json("{'isActive':false}")).object()
                .get("isActive"));
        assertEquals(JsonValue.TRUE, client.put("/api/v2/publish_token/1", json("{'isActive':true}")).object()
                .get("isActive"));
    }

    @Test
    void emptyUpdateBodyAnswersNoPropertiesSpecified() {
        client.createPublish("t", "s");
        JsonObject expected = json("{'status':'fail','data':{'token':'No properties specified to update.'}}");

        Answer empty = client.put("/api/publish_token/1", json("{}"));
        Answer missing = client.put("/api/v2/publish_token/1", null);

        assertEquals(400, empty.status());
        assertEquals(expected, empty.envelope());
        assertEquals(400, missing.status());
        assertEquals(expected, missing.envelope());
    }

    @Test
    void updateWithOnlyUnknownOrNullPropertiesAnswersNoPropertiesSpecified() {
        client.createPublish("t", "s");

        Answer unknown = client.put("/api/v2/publish_token/1", json("{'somethingNew':1,'label':null}"));
        Answer v1NamesOnV2 = client.put("/api/v2/publish_token/1", json("{'updateAllowedOrigins':['a.com']}"));

        assertEquals(400, unknown.status());
        assertEquals(json("{'token':'No properties specified to update.'}"), unknown.object());
        assertEquals(400, v1NamesOnV2.status());
        assertEquals(json("{'token':'No properties specified to update.'}"), v1NamesOnV2.object());
    }

    @Test
    void getUnknownIdAnswers400WithTokenIdMessage() {
        Answer answer = client.get("/api/publish_token/99");

        assertEquals(400, answer.status());
        assertEquals(json("{'status':'fail','data':{'tokenId':'No publish token with id: 99'}}"), answer.envelope());
    }

    @Test
    void updateDeleteAndSyncOfUnknownIdAnswer400WithTokenIdMessage() {
        JsonObject expected = json("{'tokenId':'No publish token with id: 7'}");

        Answer v1 = client.put("/api/publish_token/7", json("{'label':'x'}"));
        Answer v2 = client.put("/api/v2/publish_token/7", json("{'label':'x'}"));
        Answer delete = client.delete("/api/publish_token/7");
        Answer sync = client.post("/api/publish_token/7/restream/sync", null);

        for (Answer answer : new Answer[] {v1, v2, delete, sync}) {
            assertEquals(400, answer.status());
            assertEquals(expected, answer.object());
        }
    }

    @Test
    void nonNumericIdAnswersValidationErrorForTokenId() {
        Answer answer = client.get("/api/publish_token/abc");

        assertEquals(400, answer.status());
        assertEquals(validation("tokenId", "The value 'abc' is not valid."), answer.envelope());
    }

    @Test
    void restreamSyncOfKnownTokenAnswersTrue() {
        client.createPublish("t", "s");

        Answer answer = client.post("/api/publish_token/1/restream/sync", null);

        assertEquals(200, answer.status());
        assertEquals(JsonValue.TRUE, answer.data());
    }

    @Test
    void unknownPathAnswers404NotFound() {
        Answer answer = client.get("/api/nothing_here");

        assertEquals(404, answer.status());
        assertEquals(json("{'status':'fail','data':{'message':'Not Found'}}"), answer.envelope());
    }

    @Test
    void wrongMethodOnKnownPathAnswers405() {
        Answer onId = client.post("/api/publish_token/1", json("{}"));
        Answer onList = client.delete("/api/publish_token/list");
        Answer onCreate = client.get("/api/publish_token");

        for (Answer answer : new Answer[] {onId, onList, onCreate}) {
            assertEquals(405, answer.status());
            assertEquals(json("{'status':'fail','data':{'message':'Method Not Allowed'}}"), answer.envelope());
        }
    }

    @Test
    void methodCaseAndTrailingSlashDoNotMatter() {
        client.createPublish("t", "s");

        Answer answer = client.call("get", "/api/publish_token/1/", java.util.Map.of(), null);

        assertEquals(200, answer.status());
        assertEquals("t", answer.object().getString("label"));
    }

    @Test
    void idBeyondIntRangeAnswersValidationErrorForTokenId() {
        assertEquals(validation("tokenId", "The value '99999999999' is not valid."),
                client.delete("/api/publish_token/99999999999").envelope());
    }

    @Test
    void nullRequestAnswers404InsteadOfThrowing() {
        assertEquals(404, new SandboxUpstream().send(null).status());
    }

    @Test
    void unknownFieldsOnCreateAndUpdateArePassedThrough() {
        JsonObject created = client.post("/api/publish_token", json("""
                {'label':'t','streams':[{'streamName':'s'}],'futureFlag':true,'futureObject':{'a':[1,2]}}""")).object();
        JsonObject updated = client.put("/api/v2/publish_token/1", json("{'label':'u','futureFlag':false,'other':'x'}"))
                .object();

        assertEquals(JsonValue.TRUE, created.get("futureFlag"));
        assertEquals(json("{'a':[1,2]}"), created.get("futureObject"));
        assertEquals(JsonValue.FALSE, updated.get("futureFlag"));
        assertEquals(json("{'a':[1,2]}"), updated.get("futureObject"));
        assertEquals("x", updated.getString("other"));
        assertEquals("x", client.get("/api/publish_token/1").object().getString("other"));
    }

    @Test
    void responseOnlyFieldsSentByTheClientAreIgnored() {
        JsonObject created = client.post("/api/publish_token", json("""
                {'label':'t','streams':[{'streamName':'s'}],'id':555,'token':'mine','expiresOn':'2030-01-01T00:00:00Z',
                 'name':'other'}""")).object();

        assertEquals(1, created.getInt("id"));
        assertNotEquals("mine", created.getString("token"));
        assertEquals(JsonValue.NULL, created.get("expiresOn"));
        assertEquals("t", created.getString("name"));
    }

    @Test
    void srtPassphraseIsShownOnlyWhileDisplaySrtPassphraseIsTrue() {
        JsonObject hidden = client.createPublish("t", "s");
        JsonObject shown = client.put("/api/v2/publish_token/1", json("{'displaySrtPassphrase':true}")).object();

        assertEquals(JsonValue.NULL, hidden.get("srtPassphrase"));
        assertTrue(shown.getString("srtPassphrase").matches("[0-9a-f]{32}"));
    }

    @Test
    void createKeepsGivenSettingsAndFillsGeoCascadeClusters() {
        JsonObject data = client.post("/api/publish_token", json("""
                {'label':'t','streams':[{'streamName':'s','isRegex':false}],'multisource':false,'lowLatencyRtmp':false,
                 'record':true,'subscribeRequiresAuth':true,'originCluster':'phx-1','deniedCountries':['DE'],
                 'geoCascade':{'isEnabled':true},'bindIpsOnUsage':2,'encoderProfileId':'p1',
                 'enableUTCInsertion':true,'restream':[{'url':'srt://x:9000','key':'abcdef','label':'L',
                 'enabled':false}]}""")).object();

        assertEquals(JsonValue.FALSE, data.get("multisource"));
        assertEquals(JsonValue.FALSE, data.get("lowLatencyRtmp"));
        assertEquals(JsonValue.TRUE, data.get("record"));
        assertEquals(JsonValue.TRUE, data.get("subscribeRequiresAuth"));
        assertEquals("phx-1", data.getString("originCluster"));
        assertEquals(2, data.getInt("bindIpsOnUsage"));
        assertEquals("p1", data.getString("encoderProfileId"));
        assertEquals(json("{'isEnabled':true,'clusters':['all']}"), data.get("geoCascade"));
        assertEquals(json("""
                {'originCluster':'phx-1','allowedCountries':[],'deniedCountries':['DE'],
                 'geoCascade':{'isEnabled':true,'clusters':['all']},'enableUTCInsertion':true}"""),
                data.get("effectiveSettings"));
        assertEquals(value("[{'url':'srt://x:9000','key':'abcdef','label':'L','enabled':false}]"),
                data.get("restream"));
    }

    @Test
    void capLimitsTokensOfEachKindAndDeletingFreesRoom() {
        SandboxClient small = new SandboxClient(new SandboxUpstream(2, clock));
        small.createPublish("a", "s");
        small.createPublish("b", "s");

        Answer full = small.post("/api/publish_token", json("{'label':'c','streams':[{'streamName':'s'}]}"));
        JsonObject subscribe = small.createSubscribe("other kind", "s");
        small.delete("/api/publish_token/1");
        Answer afterDelete = small.post("/api/publish_token", json("{'label':'c','streams':[{'streamName':'s'}]}"));

        assertEquals(400, full.status());
        assertEquals(json("{'status':'fail','data':{'token':'Sandbox limit of 2 tokens reached; delete some first.'}}"),
                full.envelope());
        assertEquals(1, subscribe.getInt("id"));
        assertEquals(200, afterDelete.status());
        assertEquals(3, afterDelete.object().getInt("id"));
    }

    @Test
    void defaultCapIsTenThousand() {
        assertEquals(10_000, SandboxUpstream.DEFAULT_MAX_TOKENS);
    }

    @Test
    void expiredTokenIsStillReadable() {
        client.post("/api/publish_token", json("{'label':'t','expires':1,'streams':[{'streamName':'s'}]}"));
        clock.advance(Duration.ofHours(1));

        Answer answer = client.get("/api/publish_token/1");

        assertEquals(200, answer.status());
        assertEquals("2024-12-03T06:06:51Z", answer.object().getString("expiresOn"));
    }

    private static JsonObject without(JsonObject object, String field) {
        return Json.createObjectBuilder(object).remove(field).build();
    }
}
