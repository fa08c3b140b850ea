package io.tokengateway.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.contract.entity.Endpoint;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.sandbox.control.SandboxUpstream;
import io.tokengateway.tokens.entity.UpstreamRequest;
import io.tokengateway.tokens.entity.UpstreamResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

public class MillicastRulesTest {

    private static final String STREAMS = "'streams':[{'streamName':'s'}]";
    private static final String LONG_129 = "x".repeat(129);

    private final MillicastRules rules = new MillicastRules();

    /** How {@code data} of a refusal is shaped (API.md §5). */
    public enum Shape {
        /** {@code {"errors":{field:[…]},"message":"Validation errors"}} */
        VALIDATION,
        /** list_by_cluster: {@code {field:"…"}} */
        FLAT,
        /** {@code {"token":"No properties specified to update."}} */
        FIELD,
        /** {@code {"message":"Not Found"}} and the like */
        MESSAGE
    }

    /** One request and the refusal it must get; {@code fields} are the keys expected, in order. */
    public record Refused(UpstreamRequest request, int status, Shape shape, List<String> fields) {

        @Override
        public String toString() {
            return describe(request) + " -> " + status + " " + fields;
        }
    }

    // ---- the invalid requests ----------------------------------------------------------------------------

    /** Also sent through the running gateway by the integration tests: the same table, end to end. */
    public static Stream<Refused> refusedRequests() {
        List<Refused> cases = new ArrayList<>();
        routesMethodsAndIds(cases);
        createBodies(cases);
        updateBodies(cases);
        listQueries(cases);
        activeAndDisable(cases);
        return cases.stream();
    }

    private static void routesMethodsAndIds(List<Refused> cases) {
        cases.add(message("GET", "/api/nothing_here", 404));
        cases.add(message("GET", "/api/publish_token/1/extra", 404));
        cases.add(message("POST", "/api/subscribe_token/1/restream/sync", 404));
        cases.add(message("PUT", "/api/v2/subscribe_token", 404));
        cases.add(message("GET", "/api/v3/publish_token/1", 404));
        cases.add(message("GET", "/api/publish_token", 405));
        cases.add(message("POST", "/api/publish_token/1", 405));
        cases.add(message("DELETE", "/api/publish_token/list", 405));
        cases.add(message("PUT", "/api/publish_token/disable", 405));
        cases.add(message("GET", "/api/v2/publish_token/1", 405));
        cases.add(message("GET", "/api/publish_token/1/restream/sync", 405));
        cases.add(message("POST", "/api/publish_token/active/all", 405));
        cases.add(message("PATCH", "/api/subscribe_token/disable", 405));
        cases.add(message("PATCH", "/api/subscribe_token/", 405));
        cases.add(validation("GET", "/api/publish_token/abc", null, "tokenId"));
        cases.add(validation("DELETE", "/api/subscribe_token/99999999999", null, "tokenId"));
        cases.add(validation("DELETE", "/api/publish_token/1e3", null, "tokenId"));
        cases.add(validation("PUT", "/api/v2/publish_token/1.5", "{'label':'x'}", "tokenId"));
        cases.add(validation("PUT", "/api/subscribe_token/abc", "{}", "tokenId"));
        cases.add(validation("POST", "/api/publish_token/x/restream/sync", null, "tokenId"));
        // subscribe tokens have no active or by-cluster calls: the segment is read as a token id
        cases.add(validation("GET", "/api/subscribe_token/active", null, "tokenId"));
        cases.add(validation("GET", "/api/subscribe_token/list_by_cluster", null, "tokenId"));
    }

    private static void createBodies(List<Refused> cases) {
        String publish = "/api/publish_token";
        cases.add(validation("POST", publish, null, "$"));
        cases.add(validation("POST", publish, "[]", "$"));
        cases.add(validation("POST", publish + "/", "'text'", "$"));
        cases.add(validation("POST", publish, "null", "$"));
        cases.add(validation("POST", publish, "{}", "label", "streams"));
        cases.add(validation("POST", publish, "{'label':''," + STREAMS + "}", "label"));
        cases.add(validation("POST", publish, "{'label':'" + LONG_129 + "'," + STREAMS + "}", "label"));
        cases.add(validation("POST", publish, "{'label':5," + STREAMS + "}", "label"));
        cases.add(validation("POST", publish, "{'label':'t','streams':[]}", "streams"));
        cases.add(validation("POST", publish, "{'label':'t','streams':'s'}", "streams"));
        cases.add(validation("POST", publish, "{'label':'t','streams':[{'isRegex':false},3]}",
                "streams[0].streamName", "streams[1]"));
        cases.add(validation("POST", publish, "{'label':'t','streams':[{'streamName':'a(b','isRegex':true}]}",
                "streams[0].streamName"));
        cases.add(validation("POST", publish, "{'label':'t','streams':[{'streamName':'s','isRegex':'yes'}]}",
                "streams[0].isRegex"));
        cases.add(validation("POST", publish, "{'label':'t','expires':0," + STREAMS + "}", "expires"));
        cases.add(validation("POST", publish, "{'label':'t','expires':1.5," + STREAMS + "}", "expires"));
        cases.add(validation("POST", publish, "{'label':'t','allowedIpAddresses':['1.2.3.4','1.2.3']," + STREAMS
                + "}", "allowedIpAddresses[1]"));
        cases.add(validation("POST", publish, "{'label':'t','allowedOrigins':['*']," + STREAMS + "}",
                "allowedOrigins[0]"));
        cases.add(validation("POST", publish, "{'label':'t','allowedCountries':['XX']," + STREAMS + "}",
                "allowedCountries[0]"));
        cases.add(validation("POST", publish, "{'label':'t','allowedCountries':['US'],'deniedCountries':['FR'],"
                + STREAMS + "}", "deniedCountries"));
        cases.add(validation("POST", publish, "{'label':'t','record':true,'clip':true," + STREAMS + "}", "clip"));
        cases.add(validation("POST", publish, "{'label':'t','bindIpsOnUsage':2,'allowedIpAddresses':['1.2.3.4'],"
                + STREAMS + "}", "bindIpsOnUsage"));
        cases.add(validation("POST", publish, "{'label':'t','bindIpsOnUsage':-1," + STREAMS + "}",
                "bindIpsOnUsage"));
        cases.add(validation("POST", publish, "{'label':'t','geoCascade':{'isEnabled':true,'clusters':[]},"
                + STREAMS + "}", "geoCascade.clusters"));
        cases.add(validation("POST", publish, "{'label':'t','restream':[{'key':'12345'}]," + STREAMS + "}",
                "restream[0].url"));
        cases.add(validation("POST", publish, "{'label':'t','restream':" + restreamTargets(11) + "," + STREAMS
                + "}", "restream"));
        cases.add(validation("POST", publish, "{'label':'t','priority':'high'," + STREAMS + "}", "priority"));
        cases.add(validation("POST", publish, "{'label':'t','originCluster':1," + STREAMS + "}", "originCluster"));
        cases.add(validation("POST", publish, "{'label':'t','enableUTCInsertion':'yes'," + STREAMS + "}",
                "enableUTCInsertion"));
        cases.add(validation("POST", publish, "{'label':7,'expires':0,'record':true,'clip':true," + STREAMS + "}",
                "label", "expires", "clip"));

        String subscribe = "/api/subscribe_token";
        cases.add(validation("POST", subscribe, "{}", "label", "streams"));
        cases.add(validation("POST", subscribe, "{'label':'t'," + STREAMS + ",'tracking':{'trackingId':'"
                + LONG_129 + "'}}", "tracking.trackingId"));
        cases.add(validation("POST", subscribe, "{'label':'t'," + STREAMS + ",'tracking':'x'}", "tracking"));
        cases.add(validation("POST", subscribe, "{'label':'t'," + STREAMS
                + ",'allowedCountries':['US'],'deniedCountries':['FR']}", "deniedCountries"));
    }

    private static void updateBodies(List<Refused> cases) {
        String v1 = "/api/publish_token/1";
        String v2 = "/api/v2/publish_token/1";
        cases.add(noProperties(v1, null));
        cases.add(noProperties(v1, "{}"));
        cases.add(noProperties(v1, "{'somethingNew':1,'label':null}"));
        cases.add(noProperties(v1, "{'allowedOrigins':['a.com']}"));
        cases.add(validation("PUT", v1, "[]", "$"));
        cases.add(validation("PUT", v1, "{'updateBindIpsOnUsage':2147483648}", "updateBindIpsOnUsage"));
        cases.add(validation("PUT", v1, "{'updateRestream':[{'key':'12345'}]}", "updateRestream[0].url"));
        cases.add(validation("PUT", v1, "{'updateAllowedCountries':['US'],'updateDeniedCountries':['FR']}",
                "updateDeniedCountries"));
        cases.add(validation("PUT", v1, "{'label':'" + LONG_129 + "'}", "label"));
        cases.add(validation("PUT", v1, "{'record':true,'clip':true}", "clip"));

        cases.add(noProperties(v2, "null"));
        cases.add(noProperties(v2, "{'updateAllowedOrigins':['a.com']}"));
        cases.add(noProperties(v2 + "/", "{'expires':60}"));
        cases.add(validation("PUT", v2, "{'bindIpsOnUsage':4294967296}", "bindIpsOnUsage"));
        cases.add(validation("PUT", v2, "{'restream':[{'url':'rtmp://x'}]}", "restream[0].key"));
        cases.add(validation("PUT", v2, "{'isActive':'no','refreshToken':1}", "refreshToken", "isActive"));
        cases.add(validation("PUT", v2, "{'removeTokenStreams':[{'streamName':'s'}]}", "removeTokenStreams[0]"));
        cases.add(validation("PUT", v2, "{'addTokenStreams':[{'streamName':''}]}", "addTokenStreams[0].streamName"));
        cases.add(validation("PUT", v2, "{'bindIpsOnUsage':1,'allowedIpAddresses':['1.2.3.4']}", "bindIpsOnUsage"));

        cases.add(validation("PUT", "/api/subscribe_token/1", "{'updateAllowedIpAddresses':['x']}",
                "updateAllowedIpAddresses[0]"));
        cases.add(noProperties("/api/v2/subscribe_token/1", "{'record':true}"));
        cases.add(noProperties("/api/v2/subscribe_token/1", "{'tracking':{'trackingId':'a'}}"));
        cases.add(validation("PUT", "/api/v2/subscribe_token/1",
                "{'label':'" + LONG_129 + "','allowedIpAddresses':['x']}", "label", "allowedIpAddresses[0]"));
    }

    private static void listQueries(List<Refused> cases) {
        String list = "/api/publish_token/list";
        cases.add(query(list, "", "page", "itemsOnPage"));
        cases.add(query(list, "page=0&itemsOnPage=10", "page"));
        cases.add(query(list, "page=1&itemsOnPage=101", "itemsOnPage"));
        cases.add(query(list, "page=x&itemsOnPage=1&sortBy=Size&isDescending=maybe", "page", "sortBy",
                "isDescending"));
        cases.add(query(list, "page=99999999999&itemsOnPage=1", "page"));
        cases.add(query("/api/subscribe_token/list/", "page=1&itemsOnPage=0", "itemsOnPage"));
        cases.add(query("/api/publish_token/list_by_name", "page=1&itemsOnPage=1", "name"));
        cases.add(query("/api/publish_token/list_by_name", "name=a&page=1&itemsOnPage=1&filterBy=Token",
                "filterBy"));
        cases.add(query("/api/publish_token/list_by_name", "", "name", "page", "itemsOnPage"));
        cases.add(query("/api/subscribe_token/list_by_name", "name= &page=1&itemsOnPage=1", "name"));

        String byCluster = "/api/publish_token/list_by_cluster";
        cases.add(flat(byCluster, "", "page", "itemsOnPage", "cluster"));
        cases.add(flat(byCluster, "page=1&itemsOnPage=1", "cluster"));
        cases.add(flat(byCluster, "cluster=ams-1&page=0&itemsOnPage=200", "page", "itemsOnPage"));
        cases.add(flat(byCluster + "/", "cluster=ams-1&page=1&itemsOnPage=1&isDescending=yes", "isDescending"));
    }

    private static void activeAndDisable(List<Refused> cases) {
        cases.add(query("/api/publish_token/active", "", "streamId"));
        cases.add(query("/api/publish_token/active", "streamId=", "streamId"));
        cases.add(query("/api/publish_token/active/", "streamId=  ", "streamId"));

        String disable = "/api/publish_token/disable";
        cases.add(validation("PATCH", disable, null, "$"));
        cases.add(validation("PATCH", disable, "[1]", "$"));
        cases.add(validation("PATCH", disable, "{}", "tokenIds"));
        cases.add(validation("PATCH", disable, "{'tokenIds':[]}", "tokenIds"));
        cases.add(validation("PATCH", disable, "{'tokenIds':[1,'two']}", "tokenIds[1]"));
        cases.add(validation("PATCH", disable, "{'tokenIds':'1'}", "tokenIds"));
        cases.add(validation("PATCH", disable + "/", "{'tokenIds':[1.5,2147483648]}", "tokenIds[0]", "tokenIds[1]"));
    }

    @Test
    void theTableHasAtLeast60RefusalsReachingEveryOperationThatCanRefuseMoreThanAMethod() {
        List<Refused> cases = refusedRequests().toList();
        Set<Operation> reached = EnumSet.noneOf(Operation.class);
        cases.forEach(c -> rules.endpoint(c.request().method(), c.request().path())
                .ifPresent(endpoint -> reached.add(endpoint.operation())));

        assertTrue(cases.size() >= 60, "only " + cases.size());
        assertEquals(EnumSet.complementOf(EnumSet.of(Operation.PUBLISH_ACTIVE_ALL)), reached);
    }

    @ParameterizedTest
    @MethodSource("refusedRequests")
    void checkRefusesWithTheStatusAndTheFieldsMillicastGives(Refused expected) {
        UpstreamResponse answer = rules.check(expected.request()).orElseThrow(
                () -> new AssertionError("accepted: " + expected));
        JsonObject envelope = parse(answer.body());

        assertEquals(expected.status(), answer.status(), answer.body());
        assertEquals("fail", envelope.getString("status"));
        JsonObject data = envelope.getJsonObject("data");
        switch (expected.shape()) {
            case VALIDATION -> {
                assertEquals("Validation errors", data.getString("message"));
                assertEquals(expected.fields(), List.copyOf(data.getJsonObject("errors").keySet()), answer.body());
                data.getJsonObject("errors").values().forEach(messages ->
                        assertTrue(messages.asJsonArray().size() >= 1));
            }
            case FLAT -> {
                assertEquals(expected.fields(), List.copyOf(data.keySet()), answer.body());
                data.values().forEach(message -> assertEquals(JsonValue.ValueType.STRING, message.getValueType()));
            }
            case FIELD, MESSAGE -> assertEquals(expected.fields(), List.copyOf(data.keySet()), answer.body());
        }
    }

    @ParameterizedTest
    @MethodSource("refusedRequests")
    void sandboxRefusesExactlyAsCheckDoes(Refused expected) {
        UpstreamResponse fromRules = rules.check(expected.request()).orElseThrow();
        UpstreamResponse fromSandbox = new SandboxUpstream(10).send(expected.request());

        assertEquals(fromRules, fromSandbox);
    }

    // ---- the valid requests ------------------------------------------------------------------------------

    static Stream<UpstreamRequest> acceptedRequests() {
        return Stream.of(
                request("POST", "/api/publish_token", "", "{'label':'t'," + STREAMS + "}"),
                request("POST", "/api/publish_token/", "", "{'label':'" + "x".repeat(128) + "'," + STREAMS + "}"),
                request("post", "/API/Publish_Token", "", "{'label':'t'," + STREAMS + ",'somethingNew':1}"),
                request("POST", "/api/publish_token", "", """
                        {'label':'t','streams':[{'streamName':'.*','isRegex':true}],'expires':2147483647,
                         'allowedOrigins':['*.demo.com','https://app.example.com:8443'],
                         'allowedIpAddresses':['10.0.0.0/24'],'allowedCountries':['us'],'deniedCountries':[],
                         'record':false,'clip':true,'multisource':true,'priority':-5,'enableUTCInsertion':null,
                         'bindIpsOnUsage':0,'geoCascade':{'isEnabled':true,'clusters':['phx-1']},
                         'restream':[{'url':'rtmp://x','key':'12345','label':'','enabled':false}]}"""),
                request("POST", "/api/subscribe_token/", "", "{'label':'t'," + STREAMS
                        + ",'tracking':{'trackingId':'" + "t".repeat(128) + "'}}"),
                request("GET", "/api/publish_token/7", "", null),
                request("get", "/api/subscribe_token/7/", "", null),
                request("PUT", "/api/publish_token/7", "", "{'isActive':true}"),
                request("PUT", "/api/publish_token/7/", "", "{'updateAllowedOrigins':['a.com'],'record':true}"),
                request("PUT", "/api/v2/publish_token/7/", "", "{'priority':null}"),
                request("PUT", "/api/v2/publish_token/7", "", "{'removeTokenStreams':['s']}"),
                request("PUT", "/api/v2/publish_token/7", "", "{'clip':true}"),
                request("PUT", "/api/v2/publish_token/7", "", "{'bindIpsOnUsage':4294967295}"),
                request("PUT", "/api/subscribe_token/7", "", "{'updateAllowedOrigins':['a.com']}"),
                request("PUT", "/api/v2/subscribe_token/7", "", "{'label':'x','allowedCountries':['FR']}"),
                request("DELETE", "/api/publish_token/7", "", null),
                request("DELETE", "/api/subscribe_token/3/", "", null),
                request("GET", "/api/publish_token/list", "page=1&itemsOnPage=100&sortBy=AddedOn&isDescending=True",
                        null),
                request("GET", "/api/publish_token/list/", "page=2147483647&itemsOnPage=1&isDescending=true", null),
                request("GET", "/api/subscribe_token/list", "PAGE=1&ITEMSONPAGE=1&SORTBY=addedon&isdescending=FALSE",
                        null),
                request("GET", "/api/publish_token/list?page=1", "page=1&itemsOnPage=1", null),
                request("GET", "/api/publish_token/list_by_name/",
                        "name=a&filterBy=StreamName&page=1&itemsOnPage=1&isDescending=True", null),
                request("GET", "/api/subscribe_token/list_by_name", "name=a&filterBy=none&page=1&itemsOnPage=5",
                        null),
                request("GET", "/api/publish_token/list_by_cluster",
                        "cluster=ams-1&page=1&itemsOnPage=1&isDescending=True", null),
                request("GET", "/api/publish_token/active", "streamId=sandbox/name", null),
                request("GET", "/api/publish_token/active/", "STREAMID=acct/container1/cam", null),
                request("GET", "/api/publish_token/active", "streamId=name", null),
                request("GET", "/api/publish_token/active/all/", "", null),
                request("PATCH", "/api/publish_token/disable", "", "{'tokenIds':[1,2]}"),
                request("PATCH", "/api/publish_token/disable/", "", "{'tokenIds':[2147483647,1,1]}"),
                request("POST", "/api/publish_token/7/restream/sync", "", null),
                request("POST", "/api/publish_token/7/restream/sync/", "", "{}"));
    }

    @ParameterizedTest
    @MethodSource("acceptedRequests")
    void checkAcceptsValidRequests(UpstreamRequest request) {
        Optional<UpstreamResponse> refusal = rules.check(request);

        assertTrue(refusal.isEmpty(), () -> describe(request) + " -> " + refusal.get().body());
    }

    // ---- exact answers -----------------------------------------------------------------------------------

    @Test
    void unknownPathAndWrongMethodAnswerTheSandboxsEnvelopes() {
        assertEquals(new UpstreamResponse(404, "{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}"),
                rules.check(UpstreamRequest.of("GET", "/api/nothing")).orElseThrow());
        assertEquals(new UpstreamResponse(405, "{\"status\":\"fail\",\"data\":{\"message\":\"Method Not Allowed\"}}"),
                rules.check(UpstreamRequest.of("GET", "/api/publish_token/")).orElseThrow());
    }

    @Test
    void nullRequestOrMissingMethodOrPathIsNotFound() {
        assertEquals(404, rules.check(null).orElseThrow().status());
        assertEquals(404, rules.check(UpstreamRequest.of(null, "/api/publish_token")).orElseThrow().status());
        assertEquals(404, rules.check(UpstreamRequest.of("GET", null)).orElseThrow().status());
    }

    @Test
    void malformedTokenIdAnswersTheBindingMessage() {
        assertEquals(json("{'status':'fail','data':{'errors':{'tokenId':['The value \\u0027abc\\u0027 is not valid.']},"
                + "'message':'Validation errors'}}"),
                parse(rules.check(UpstreamRequest.of("GET", "/api/publish_token/abc")).orElseThrow().body()));
    }

    @Test
    void emptyUpdateAnswersNoPropertiesSpecified() {
        UpstreamResponse answer = rules.check(UpstreamRequest.withBody("PUT", "/api/v2/publish_token/1",
                JsonValue.EMPTY_JSON_OBJECT)).orElseThrow();

        assertEquals(400, answer.status());
        assertEquals(json("{'status':'fail','data':{'token':'No properties specified to update.'}}"),
                parse(answer.body()));
    }

    @Test
    void listByClusterAnswersTheFlatShapeWithTheFirstMessageOfEachField() {
        UpstreamResponse answer = rules.check(request("GET", "/api/publish_token/list_by_cluster",
                "page=0&itemsOnPage=1", null)).orElseThrow();

        assertEquals(json("{'status':'fail','data':{'page':'The field Page must be between 1 and 2147483647.',"
                + "'cluster':'The Cluster field is required.'}}"), parse(answer.body()));
    }

    @Test
    void bodyThatIsNotAnObjectIsReportedAtTheRoot() {
        UpstreamResponse noBody = rules.check(UpstreamRequest.of("POST", "/api/publish_token")).orElseThrow();
        UpstreamResponse array = rules.check(UpstreamRequest.withBody("PATCH", "/api/publish_token/disable",
                JsonValue.EMPTY_JSON_ARRAY)).orElseThrow();

        assertEquals(json("{'$':['A non-empty request body is required.']}"),
                parse(noBody.body()).getJsonObject("data").getJsonObject("errors"));
        assertEquals(json("{'$':['The JSON value could not be converted to an object.']}"),
                parse(array.body()).getJsonObject("data").getJsonObject("errors"));
    }

    // ---- endpoint ----------------------------------------------------------------------------------------

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/publish_token", Operation.PUBLISH_CREATE, null),
                Arguments.of("POST", "/api/publish_token/", Operation.PUBLISH_CREATE, null),
                Arguments.of("GET", "/api/publish_token/7", Operation.PUBLISH_READ, 7),
                Arguments.of("get", "/API/publish_token/7/", Operation.PUBLISH_READ, 7),
                Arguments.of("PUT", "/api/publish_token/8", Operation.PUBLISH_UPDATE_V1, 8),
                Arguments.of("PUT", "/api/v2/publish_token/9", Operation.PUBLISH_UPDATE_V2, 9),
                Arguments.of("DELETE", "/api/publish_token/10", Operation.PUBLISH_DELETE, 10),
                Arguments.of("GET", "/api/publish_token/list", Operation.PUBLISH_LIST, null),
                Arguments.of("GET", "/api/publish_token/list_by_name/", Operation.PUBLISH_LIST_BY_NAME, null),
                Arguments.of("GET", "/api/publish_token/list_by_cluster", Operation.PUBLISH_LIST_BY_CLUSTER, null),
                Arguments.of("GET", "/api/publish_token/active?streamId=a/b", Operation.PUBLISH_ACTIVE, null),
                Arguments.of("GET", "/api/publish_token/active/all", Operation.PUBLISH_ACTIVE_ALL, null),
                Arguments.of("PATCH", "/api/publish_token/disable", Operation.PUBLISH_DISABLE, null),
                Arguments.of("POST", "/api/publish_token/11/restream/sync", Operation.PUBLISH_RESTREAM_SYNC, 11),
                Arguments.of("POST", "/api/subscribe_token", Operation.SUBSCRIBE_CREATE, null),
                Arguments.of("GET", "/api/subscribe_token/2147483647", Operation.SUBSCRIBE_READ, Integer.MAX_VALUE),
                Arguments.of("PUT", "/api/subscribe_token/12", Operation.SUBSCRIBE_UPDATE_V1, 12),
                Arguments.of("PUT", "/api/v2/subscribe_token/13/", Operation.SUBSCRIBE_UPDATE_V2, 13),
                Arguments.of("DELETE", "/api/subscribe_token/14", Operation.SUBSCRIBE_DELETE, 14),
                Arguments.of("GET", "/api/subscribe_token/list", Operation.SUBSCRIBE_LIST, null),
                Arguments.of("GET", "/api/subscribe_token/list_by_name", Operation.SUBSCRIBE_LIST_BY_NAME, null));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void endpointNamesTheOperationAndParsesTheTokenId(String method, String path, Operation operation,
            Integer tokenId) {
        Endpoint endpoint = rules.endpoint(method, path).orElseThrow();

        assertEquals(operation, endpoint.operation());
        assertEquals(tokenId == null ? OptionalInt.empty() : OptionalInt.of(tokenId), endpoint.tokenId());
        assertEquals(operation.kind(), endpoint.kind());
    }

    @Test
    void everyOperationIsFoundAtItsOwnPath() {
        for (Operation operation : Operation.values()) {
            String path = operation.path().replace(Operation.ID, "5");

            Endpoint endpoint = rules.endpoint(operation.method(), path).orElseThrow();

            assertEquals(operation, endpoint.operation());
            assertEquals(operation.hasTokenId() ? OptionalInt.of(5) : OptionalInt.empty(), endpoint.tokenId());
        }
    }

    @Test
    void literalSegmentsWinOverTheTokenId() {
        assertEquals(Operation.PUBLISH_LIST, rules.endpoint("GET", "/api/publish_token/list").orElseThrow()
                .operation());
        assertEquals(Operation.PUBLISH_ACTIVE, rules.endpoint("GET", "/api/publish_token/active").orElseThrow()
                .operation());
        assertEquals(Operation.SUBSCRIBE_READ, rules.endpoint("GET", "/api/subscribe_token/active").orElseThrow()
                .operation());
    }

    @Test
    void onlyCreateUpdateDeleteDisableAndRestreamSyncAreChanges() {
        Set<Operation> changes = EnumSet.of(Operation.PUBLISH_CREATE, Operation.PUBLISH_UPDATE_V1,
                Operation.PUBLISH_UPDATE_V2, Operation.PUBLISH_DELETE, Operation.PUBLISH_DISABLE,
                Operation.PUBLISH_RESTREAM_SYNC, Operation.SUBSCRIBE_CREATE, Operation.SUBSCRIBE_UPDATE_V1,
                Operation.SUBSCRIBE_UPDATE_V2, Operation.SUBSCRIBE_DELETE);

        for (Operation operation : Operation.values()) {
            String path = operation.path().replace(Operation.ID, "1");
            assertEquals(changes.contains(operation), rules.endpoint(operation.method(), path).orElseThrow()
                    .isChange(), operation.name());
        }
    }

    @Test
    void unknownPathWrongMethodAndNullHaveNoEndpoint() {
        assertEquals(Optional.empty(), rules.endpoint("GET", "/api/nothing"));
        assertEquals(Optional.empty(), rules.endpoint("GET", "/api/publish_token"));
        assertEquals(Optional.empty(), rules.endpoint("PATCH", "/api/subscribe_token/disable"));
        assertEquals(Optional.empty(), rules.endpoint(null, "/api/publish_token"));
        assertEquals(Optional.empty(), rules.endpoint("GET", null));
    }

    @Test
    void malformedTokenIdKeepsTheOperationWithoutAnId() {
        Endpoint endpoint = rules.endpoint("DELETE", "/api/publish_token/99999999999").orElseThrow();

        assertEquals(new Endpoint(Operation.PUBLISH_DELETE, OptionalInt.empty()), endpoint);
        assertTrue(endpoint.isChange());
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static Refused message(String method, String path, int status) {
        return new Refused(request(method, path, "", null), status, Shape.MESSAGE, List.of("message"));
    }

    private static Refused validation(String method, String path, String body, String... fields) {
        return new Refused(request(method, path, "", body), 400, Shape.VALIDATION, List.of(fields));
    }

    private static Refused noProperties(String path, String body) {
        return new Refused(request("PUT", path, "", body), 400, Shape.FIELD, List.of("token"));
    }

    private static Refused query(String path, String query, String... fields) {
        return new Refused(request("GET", path, query, null), 400, Shape.VALIDATION, List.of(fields));
    }

    private static Refused flat(String path, String query, String... fields) {
        return new Refused(request("GET", path, query, null), 400, Shape.FLAT, List.of(fields));
    }

    /** {@code query} as {@code a=1&b=2} (already URL-decoded); {@code body} JSON with single quotes, or null. */
    private static UpstreamRequest request(String method, String path, String query, String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Arrays.stream(query.split("&")).filter(pair -> !pair.isEmpty()).forEach(pair -> {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
        });
        return new UpstreamRequest(method, path, parameters, body == null ? null : value(body));
    }

    private static String restreamTargets(int count) {
        StringBuilder targets = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            targets.append(i == 0 ? "" : ",").append("{'url':'rtmp://x/").append(i).append("','key':'key-")
                    .append(i).append("'}");
        }
        return targets.append("]").toString();
    }

    private static JsonValue value(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readValue();
        }
    }

    private static JsonObject json(String singleQuoted) {
        return value(singleQuoted).asJsonObject();
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String describe(UpstreamRequest request) {
        String body = request.body() == null ? "" : " " + request.body();
        return request.method() + " " + request.path() + (request.query().isEmpty() ? "" : " " + request.query())
                + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
    }
}
