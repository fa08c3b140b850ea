package io.tokengateway.sandbox.control;

import static io.tokengateway.sandbox.control.SandboxClient.errors;
import static io.tokengateway.sandbox.control.SandboxClient.json;
import static io.tokengateway.sandbox.control.SandboxClient.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.sandbox.control.SandboxClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateValidationTest {

    private static final String KEY_LENGTH =
            "The field Key must be a string with a minimum length of 5 and a maximum length of 512.";
    private static final String STREAMS = "'streams':[{'streamName':'s'}]";

    private final SandboxClient client = new SandboxClient(new SandboxUpstream(100));

    private Answer createPublish(String fields) {
        return client.post("/api/publish_token", json("{" + fields + "}"));
    }

    private void assertInvalid(Answer answer, String field, String message) {
        assertEquals(400, answer.status(), answer.toString());
        assertEquals(validation(field, message), answer.envelope());
    }

    private void assertCreated(Answer answer) {
        assertEquals(200, answer.status(), answer.toString());
    }

    @Test
    void labelIsRequired() {
        assertInvalid(createPublish(STREAMS), "label", "The Label field is required.");
        assertInvalid(createPublish("'label':null," + STREAMS), "label", "The Label field is required.");
        assertInvalid(createPublish("'label':''," + STREAMS), "label", "The Label field is required.");
    }

    @Test
    void labelMayHave128CharactersButNot129() {
        assertCreated(createPublish("'label':'" + "x".repeat(128) + "'," + STREAMS));
        assertInvalid(createPublish("'label':'" + "x".repeat(129) + "'," + STREAMS), "label",
                "The field Label must be a string with a minimum length of 1 and a maximum length of 128.");
    }

    @Test
    void labelMustBeAString() {
        assertInvalid(createPublish("'label':5," + STREAMS), "label",
                "The JSON value could not be converted to a string.");
    }

    @Test
    void streamsAreRequiredAndNeedAtLeastOne() {
        assertInvalid(createPublish("'label':'t'"), "streams", "The Streams field is required.");
        assertInvalid(createPublish("'label':'t','streams':[]"), "streams",
                "The field Streams must be a string or array type with a minimum length of '1'.");
    }

    @Test
    void streamsMustBeAnArrayOfObjects() {
        assertInvalid(createPublish("'label':'t','streams':'s'"), "streams",
                "The JSON value could not be converted to an array.");
        assertInvalid(createPublish("'label':'t','streams':[{'streamName':'s'},'x']"), "streams[1]",
                "The JSON value could not be converted to an object.");
    }

    @Test
    void streamNameIsRequiredAnd1To128Characters() {
        assertInvalid(createPublish("'label':'t','streams':[{'isRegex':false}]"), "streams[0].streamName",
                "The StreamName field is required.");
        assertInvalid(createPublish("'label':'t','streams':[{'streamName':''}]"), "streams[0].streamName",
                "The StreamName field is required.");
        assertInvalid(createPublish("'label':'t','streams':[{'streamName':'a'},{'streamName':'" + "n".repeat(129)
                + "'}]"), "streams[1].streamName",
                "The field StreamName must be a string with a minimum length of 1 and a maximum length of 128.");
        assertCreated(createPublish("'label':'t','streams':[{'streamName':'" + "n".repeat(128) + "'}]"));
    }

    @Test
    void isRegexMustBeABooleanAndRegexStreamsMustCompile() {
        assertInvalid(createPublish("'label':'t','streams':[{'streamName':'s','isRegex':'yes'}]"),
                "streams[0].isRegex", "The JSON value could not be converted to a boolean.");
        assertInvalid(createPublish("'label':'t','streams':[{'streamName':'a(b','isRegex':true}]"),
                "streams[0].streamName", "'a(b' is not a valid regular expression.");
        assertCreated(createPublish("'label':'t','streams':[{'streamName':'a(b','isRegex':false}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "2147483648"})
    void expiresOutside1To2147483647IsRejected(String expires) {
        assertInvalid(createPublish("'label':'t','expires':" + expires + "," + STREAMS), "expires",
                "The field Expires must be between 1 and 2147483647.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "'60'", "true"})
    void expiresMustBeAnInteger(String expires) {
        assertInvalid(createPublish("'label':'t','expires':" + expires + "," + STREAMS), "expires",
                "The JSON value could not be converted to an integer.");
    }

    @Test
    void expiresAtTheLimitsIsAccepted() {
        assertCreated(createPublish("'label':'t','expires':1," + STREAMS));
        assertCreated(createPublish("'label':'t','expires':2147483647," + STREAMS));
    }

    @Test
    void allowedIpAddressesTakeIpv4AndCidr() {
        JsonObject data = createPublish("'label':'t','allowedIpAddresses':['1.2.3.4','10.0.0.0/24','0.0.0.0/0'],"
                + STREAMS).object();

        assertEquals(SandboxClient.value("['1.2.3.4','10.0.0.0/24','0.0.0.0/0']"), data.get("allowedIpAddresses"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "256.1.1.1", "1.2.3.4/33", "1.2.3.*", "1.2.3.4-1.2.3.9", "::1", "01.2.3.4",
        "example.com", ""})
    void allowedIpAddressesRejectAnythingElse(String ip) {
        assertInvalid(createPublish("'label':'t','allowedIpAddresses':['1.1.1.1','" + ip + "']," + STREAMS),
                "allowedIpAddresses[1]", "'" + ip + "' is not a valid IPv4 address or CIDR block.");
    }

    @Test
    void countriesMustBeIsoAlpha2AndAreStoredUpperCase() {
        assertInvalid(createPublish("'label':'t','allowedCountries':['US','XX']," + STREAMS),
                "allowedCountries[1]", "'XX' is not an ISO 3166-1 alpha-2 country code.");
        assertInvalid(createPublish("'label':'t','deniedCountries':['USA']," + STREAMS),
                "deniedCountries[0]", "'USA' is not an ISO 3166-1 alpha-2 country code.");
        assertEquals(SandboxClient.value("['GB','DE']"),
                createPublish("'label':'t','allowedCountries':['gb','DE']," + STREAMS).object()
                        .get("allowedCountries"));
    }

    @Test
    void allowedAndDeniedCountriesCannotBothBeGiven() {
        assertInvalid(createPublish("'label':'t','allowedCountries':['US'],'deniedCountries':['FR']," + STREAMS),
                "deniedCountries", "Specify either allowedCountries or deniedCountries, not both.");
        assertCreated(createPublish("'label':'t','allowedCountries':['US'],'deniedCountries':[]," + STREAMS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "*.demo.com", "https://app.example.com", "http://localhost:3000",
        "sub.domain.example.co.uk", "example.com:8443"})
    void allowedOriginsTakeDomainsWithOptionalWildcardSchemeAndPort(String origin) {
        assertCreated(createPublish("'label':'t','allowedOrigins':['" + origin + "']," + STREAMS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "exa mple.com", "*.*.example.com", "https://", "a..b", "example.com:99999",
        "-bad.com", "example.com/path", ""})
    void allowedOriginsRejectAnythingElse(String origin) {
        assertInvalid(createPublish("'label':'t','allowedOrigins':['" + origin + "']," + STREAMS),
                "allowedOrigins[0]", "'" + origin + "' is not a valid origin; use a domain such as example.com or "
                        + "*.example.com.");
    }

    @Test
    void clipCannotBeTrueWithRecord() {
        assertInvalid(createPublish("'label':'t','record':true,'clip':true," + STREAMS), "clip",
                "Clip cannot be true while record is true.");
        assertCreated(createPublish("'label':'t','record':false,'clip':true," + STREAMS));
    }

    @Test
    void bindIpsOnUsageCannotBeUsedWithAllowedIpAddresses() {
        assertInvalid(createPublish("'label':'t','bindIpsOnUsage':2,'allowedIpAddresses':['1.2.3.4']," + STREAMS),
                "bindIpsOnUsage", "BindIpsOnUsage cannot be used together with allowedIpAddresses.");
        assertCreated(createPublish("'label':'t','bindIpsOnUsage':0,'allowedIpAddresses':['1.2.3.4']," + STREAMS));
        assertCreated(createPublish("'label':'t','bindIpsOnUsage':2,'allowedIpAddresses':[]," + STREAMS));
    }

    @Test
    void bindIpsOnUsageMustNotBeNegative() {
        assertInvalid(createPublish("'label':'t','bindIpsOnUsage':-1," + STREAMS), "bindIpsOnUsage",
                "The field BindIpsOnUsage must be between 0 and 2147483647.");
    }

    @Test
    void geoCascadeNeedsClustersWhenEnabled() {
        assertInvalid(createPublish("'label':'t','geoCascade':{'isEnabled':true,'clusters':[]}," + STREAMS),
                "geoCascade.clusters", "The Clusters list cannot be empty when IsEnabled is true.");
        assertCreated(createPublish("'label':'t','geoCascade':{'isEnabled':false,'clusters':[]}," + STREAMS));
        assertInvalid(createPublish("'label':'t','geoCascade':['phx-1']," + STREAMS), "geoCascade",
                "The JSON value could not be converted to an object.");
        assertInvalid(createPublish("'label':'t','geoCascade':{'isEnabled':'on'}," + STREAMS), "geoCascade.isEnabled",
                "The JSON value could not be converted to a boolean.");
    }

    @Test
    void restreamTakesAtMost10Targets() {
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (int i = 0; i < 11; i++) {
            targets.add(Json.createObjectBuilder().add("url", "rtmp://x/" + i).add("key", "key-" + i));
        }
        JsonObject body = Json.createObjectBuilder(json("{'label':'t'," + STREAMS + "}")).add("restream", targets)
                .build();

        assertInvalid(client.post("/api/publish_token", body), "restream",
                "The field Restream must be a string or array type with a maximum length of '10'.");
    }

    @Test
    void restreamTargetsNeedUrlAndKeyOfTheRightLength() {
        assertInvalid(createPublish("'label':'t','restream':[{'key':'12345'}]," + STREAMS), "restream[0].url",
                "The Url field is required.");
        assertInvalid(createPublish("'label':'t','restream':[{'url':'rtmp://x','key':'1234'}]," + STREAMS),
                "restream[0].key", KEY_LENGTH);
        assertInvalid(createPublish("'label':'t','restream':[{'url':'rtmp://x','key':'" + "k".repeat(513) + "'}],"
                + STREAMS), "restream[0].key",
                "The field Key must be a string with a minimum length of 5 and a maximum length of 512.");
        assertInvalid(createPublish("'label':'t','restream':[{'url':'" + "u".repeat(2049) + "','key':'12345'}],"
                + STREAMS), "restream[0].url",
                "The field Url must be a string with a minimum length of 1 and a maximum length of 2048.");
        assertInvalid(createPublish("'label':'t','restream':[{'url':'rtmp://x','key':'12345','label':'"
                + "l".repeat(2049) + "'}]," + STREAMS), "restream[0].label",
                "The field Label must be a string with a maximum length of 2048.");
        assertInvalid(createPublish("'label':'t','restream':[{'url':'rtmp://x','key':'12345','enabled':'yes'}],"
                + STREAMS), "restream[0].enabled", "The JSON value could not be converted to a boolean.");
    }

    @Test
    void trackingIdMayHaveAtMost128Characters() {
        Answer tooLong = client.post("/api/subscribe_token", json("{'label':'t'," + STREAMS
                + ",'tracking':{'trackingId':'" + "t".repeat(129) + "'}}"));
        Answer longest = client.post("/api/subscribe_token", json("{'label':'t'," + STREAMS
                + ",'tracking':{'trackingId':'" + "t".repeat(128) + "'}}"));

        assertInvalid(tooLong, "tracking.trackingId",
                "The field TrackingId must be a string with a maximum length of 128.");
        assertCreated(longest);
    }

    @Test
    void knownFieldsWithTheWrongJsonTypeAreRejected() {
        assertInvalid(createPublish("'label':'t','record':'yes'," + STREAMS), "record",
                "The JSON value could not be converted to a boolean.");
        assertInvalid(createPublish("'label':'t','priority':'high'," + STREAMS), "priority",
                "The JSON value could not be converted to an integer.");
        assertInvalid(createPublish("'label':'t','allowedOrigins':'a.com'," + STREAMS), "allowedOrigins",
                "The JSON value could not be converted to an array.");
        assertInvalid(createPublish("'label':'t','allowedOrigins':[5]," + STREAMS), "allowedOrigins[0]",
                "The JSON value could not be converted to a string.");
        assertInvalid(createPublish("'label':'t','originCluster':1," + STREAMS), "originCluster",
                "The JSON value could not be converted to a string.");
    }

    @Test
    void ruleBetweenFieldsIsSkippedWhenOneOfThemIsAlreadyInvalid() {
        Answer answer = createPublish("'label':'t','allowedCountries':['US'],'deniedCountries':['XX']," + STREAMS);

        assertInvalid(answer, "deniedCountries[0]", "'XX' is not an ISO 3166-1 alpha-2 country code.");
    }

    @Test
    void bodyThatIsNotAnObjectIsRejectedAtTheRoot() {
        assertInvalid(client.post("/api/publish_token", null), "$", "A non-empty request body is required.");
        assertInvalid(client.post("/api/publish_token", JsonValue.EMPTY_JSON_ARRAY), "$",
                "The JSON value could not be converted to an object.");
        assertInvalid(client.post("/api/subscribe_token", Json.createValue("text")), "$",
                "The JSON value could not be converted to an object.");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Answer answer = createPublish("""
                'label':7,'streams':[{'streamName':''},3],'expires':0,'allowedIpAddresses':['1.2.3.4','1.2.3'],
                'allowedCountries':['US'],'deniedCountries':['FR'],'allowedOrigins':['*'],'record':true,'clip':true,
                'restream':[{'key':'1'}],'geoCascade':{'isEnabled':true,'clusters':[]}""");

        assertEquals(400, answer.status());
        assertEquals(errors(
                "label", "The JSON value could not be converted to a string.",
                "streams[0].streamName", "The StreamName field is required.",
                "streams[1]", "The JSON value could not be converted to an object.",
                "expires", "The field Expires must be between 1 and 2147483647.",
                "allowedIpAddresses[1]", "'1.2.3' is not a valid IPv4 address or CIDR block.",
                "allowedOrigins[0]", "'*' is not a valid origin; use a domain such as example.com or *.example.com.",
                "geoCascade.clusters", "The Clusters list cannot be empty when IsEnabled is true.",
                "restream[0].url", "The Url field is required.",
                "restream[0].key", KEY_LENGTH,
                "clip", "Clip cannot be true while record is true.",
                "deniedCountries", "Specify either allowedCountries or deniedCountries, not both."),
                answer.object().getJsonObject("errors"));
    }

    @Test
    void invalidCreateStoresNothing() {
        createPublish("'label':''," + STREAMS);

        assertEquals(1, client.createPublish("ok", "s").getInt("id"));
        assertEquals(0, client.get("/api/publish_token/list", "page", "2", "itemsOnPage", "1").array().size());
    }
}
