package io.tokengateway.sandbox.control;

import static io.tokengateway.sandbox.control.SandboxClient.errors;
import static io.tokengateway.sandbox.control.SandboxClient.json;
import static io.tokengateway.sandbox.control.SandboxClient.validation;
import static io.tokengateway.sandbox.control.SandboxClient.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.sandbox.control.SandboxClient.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class UpdateValidationTest {

    private final SandboxClient client = new SandboxClient(new SandboxUpstream(100));

    private Answer v1(String body) {
        return client.put("/api/publish_token/1", json(body));
    }

    private Answer v2(String body) {
        return client.put("/api/v2/publish_token/1", json(body));
    }

    private void assertInvalid(Answer answer, String field, String message) {
        assertEquals(400, answer.status(), answer.toString());
        assertEquals(validation(field, message), answer.envelope());
    }

    @Test
    void labelMayHaveAtMost128Characters() {
        client.createPublish("t", "s");

        assertInvalid(v2("{'label':'" + "x".repeat(129) + "'}"), "label",
                "The field Label must be a string with a maximum length of 128.");
        assertEquals(200, v1("{'label':'" + "x".repeat(128) + "'}").status());
    }

    @Test
    void v1ErrorsAreKeyedByTheUpdatePrefixedNames() {
        client.createPublish("t", "s");

        Answer answer = v1("""
                {'updateAllowedIpAddresses':['1.2.3.999'],'updateAllowedOrigins':['*'],
                 'updateGeoCascade':{'isEnabled':true,'clusters':[]},'updateDeniedCountries':['ZZ'],
                 'updateRestream':[{'url':'rtmp://x','key':'abc'}],'updateBindIpsOnUsage':2147483648,
                 'updateOriginCluster':false}""");

        assertEquals(400, answer.status());
        assertEquals(errors(
                "updateAllowedOrigins[0]",
                "'*' is not a valid origin; use a domain such as example.com or *.example.com.",
                "updateAllowedIpAddresses[0]", "'1.2.3.999' is not a valid IPv4 address or CIDR block.",
                "updateBindIpsOnUsage", "The field UpdateBindIpsOnUsage must be between 0 and 2147483647.",
                "updateOriginCluster", "The JSON value could not be converted to a string.",
                "updateDeniedCountries[0]", "'ZZ' is not an ISO 3166-1 alpha-2 country code.",
                "updateGeoCascade.clusters", "The Clusters list cannot be empty when IsEnabled is true.",
                "updateRestream[0].key", "The field Key must be a string with a minimum length of 5 and a maximum "
                        + "length of 512."),
                answer.object().getJsonObject("errors"));
    }

    @Test
    void v2BindIpsOnUsageGoesUpTo4294967295() {
        client.createPublish("t", "s");

        assertEquals(200, v2("{'bindIpsOnUsage':4294967295}").status());
        assertInvalid(v2("{'bindIpsOnUsage':4294967296}"), "bindIpsOnUsage",
                "The field BindIpsOnUsage must be between 0 and 4294967295.");
    }

    @Test
    void v2RestreamTargetNeedsAKeyButNotAUrl() {
        client.createPublish("t", "s");

        assertEquals(200, v2("{'restream':[{'key':'12345'}]}").status());
        assertInvalid(v2("{'restream':[{'url':'rtmp://x'}]}"), "restream[0].key", "The Key field is required.");
        assertInvalid(v1("{'updateRestream':[{'key':'12345'}]}"), "updateRestream[0].url",
                "The Url field is required.");
    }

    @Test
    void addTokenStreamsAreCheckedLikeCreateStreams() {
        client.createPublish("t", "s");

        assertInvalid(v2("{'addTokenStreams':[{'streamName':''}]}"), "addTokenStreams[0].streamName",
                "The StreamName field is required.");
        assertInvalid(v1("{'removeTokenStreams':[{'streamName':'s'}]}"), "removeTokenStreams[0]",
                "The JSON value could not be converted to a string.");
    }

    @Test
    void removingEveryStreamIsRejectedButReplacingThemIsNot() {
        client.createPublish("t", "s");

        assertInvalid(v2("{'removeTokenStreams':['s']}"), "removeTokenStreams",
                "A token must keep at least one stream.");
        JsonObject replaced = v2("{'removeTokenStreams':['s'],'addTokenStreams':[{'streamName':'n'}]}").object();
        assertEquals(value("[{'streamName':'n','isRegex':false}]"), replaced.get("streams"));
    }

    @Test
    void deniedCountriesCannotBeAddedWhileTheTokenAllowsCountries() {
        client.post("/api/publish_token",
                json("{'label':'t','streams':[{'streamName':'s'}],'allowedCountries':['US']}"));

        assertInvalid(v2("{'deniedCountries':['FR']}"), "deniedCountries",
                "Specify either allowedCountries or deniedCountries, not both.");
        assertInvalid(v1("{'updateDeniedCountries':['FR']}"), "updateDeniedCountries",
                "Specify either allowedCountries or deniedCountries, not both.");
        assertEquals(value("['FR']"), v2("{'allowedCountries':[],'deniedCountries':['FR']}").object()
                .get("deniedCountries"));
    }

    @Test
    void clipCannotBeSwitchedOnWhileTheTokenRecords() {
        client.post("/api/publish_token", json("{'label':'t','streams':[{'streamName':'s'}],'record':true}"));

        assertInvalid(v2("{'clip':true}"), "clip", "Clip cannot be true while record is true.");
        JsonObject switched = v2("{'clip':true,'record':false}").object();
        assertEquals(JsonValue.TRUE, switched.get("clip"));
        assertInvalid(v1("{'record':true}"), "record", "Clip cannot be true while record is true.");
    }

    @Test
    void bindIpsOnUsageCannotBeSetWhileTheTokenHasAllowedIps() {
        client.post("/api/publish_token",
                json("{'label':'t','streams':[{'streamName':'s'}],'allowedIpAddresses':['1.2.3.4']}"));

        assertInvalid(v1("{'updateBindIpsOnUsage':2}"), "updateBindIpsOnUsage",
                "BindIpsOnUsage cannot be used together with allowedIpAddresses.");
        assertEquals(200, v1("{'updateBindIpsOnUsage':2,'updateAllowedIpAddresses':[]}").status());
    }

    @Test
    void rejectedUpdateLeavesTheTokenUnchanged() {
        JsonObject before = client.createPublish("t", "s");

        v2("{'label':'changed','expires':'x','allowedIpAddresses':['bad']}");

        JsonObject after = client.get("/api/publish_token/1").object();
        assertEquals("t", after.getString("label"));
        assertEquals(before.getString("token"), after.getString("token"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, after.get("allowedIpAddresses"));
    }

    @Test
    void wrongTypesOnUpdateAreRejected() {
        client.createPublish("t", "s");

        assertInvalid(v2("{'isActive':'no'}"), "isActive", "The JSON value could not be converted to a boolean.");
        assertInvalid(v2("{'refreshToken':1}"), "refreshToken", "The JSON value could not be converted to a boolean.");
        assertInvalid(v2("{'addTokenStreams':{'streamName':'x'}}"), "addTokenStreams",
                "The JSON value could not be converted to an array.");
    }

    @Test
    void updateBodyThatIsNotAnObjectIsRejectedAtTheRoot() {
        client.createPublish("t", "s");

        assertInvalid(client.put("/api/v2/publish_token/1", JsonValue.EMPTY_JSON_ARRAY), "$",
                "The JSON value could not be converted to an object.");
    }

    @Test
    void subscribeUpdateIsValidatedToo() {
        client.createSubscribe("v", "s");

        Answer answer = client.put("/api/v2/subscribe_token/1",
                json("{'label':'" + "x".repeat(129) + "','allowedIpAddresses':['x']}"));

        assertEquals(400, answer.status());
        assertEquals(errors(
                "label", "The field Label must be a string with a maximum length of 128.",
                "allowedIpAddresses[0]", "'x' is not a valid IPv4 address or CIDR block."),
                answer.object().getJsonObject("errors"));
    }
}
