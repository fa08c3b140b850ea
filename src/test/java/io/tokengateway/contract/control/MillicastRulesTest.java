package io.tokengateway.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.contract.entity.Endpoint;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.sandbox.control.SandboxUpstream;
import io.tokengateway.testing.RefusedRequests.Refused;
import io.tokengateway.testing.RefusedRequests;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
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

    private final MillicastRules rules = new MillicastRules();

    // ---- the refused requests: src/test/resources/contract/refused-requests.json -----------------------

    static Stream<Refused> refusedRequests() {
        return RefusedRequests.all().stream();
    }

    @Test
    void theTableHasAtLeast60RefusalsReachingEveryOperationThatCanRefuseMoreThanAMethod() {
        List<Refused> cases = RefusedRequests.all();
        Set<Operation> reached = EnumSet.noneOf(Operation.class);
        cases.forEach(c -> rules.endpoint(c.method(), c.path()).ifPresent(endpoint -> reached.add(endpoint.operation())));

        assertTrue(cases.size() >= 60, "only " + cases.size());
        assertEquals(EnumSet.complementOf(EnumSet.of(Operation.PUBLISH_ACTIVE_ALL)), reached);
    }

    @Test
    void theTableNamesEachRequestOnce() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = RefusedRequests.all().stream()
                .map(c -> c.method() + " " + c.target() + " " + (c.body() == null ? "(no body)" : c.body()))
                .filter(request -> !seen.add(request))
                .toList();

        assertEquals(List.of(), repeated);
    }

    @Test
    void everyCaseSaysWhereItsWordingComesFromAndWhichPartOfApiMdItFollows() {
        List<String> unsourced = RefusedRequests.all().stream()
                .filter(c -> !Set.of("documented", "aspnet", "gateway").contains(c.wording()) || c.ref().isBlank())
                .map(Refused::toString)
                .toList();

        assertEquals(List.of(), unsourced);
    }

    @ParameterizedTest
    @MethodSource("refusedRequests")
    void checkAnswersEachRefusedRequestExactlyAsTheTableSays(Refused expected) {
        UpstreamResponse answer = rules.check(request(expected)).orElseThrow(
                () -> new AssertionError("accepted: " + expected));

        assertEquals(expected.expected(), answer.status() + " " + parse(answer.body()));
    }

    @ParameterizedTest
    @MethodSource("refusedRequests")
    void sandboxAnswersEachRefusedRequestExactlyAsTheTableSays(Refused expected) {
        UpstreamResponse answer = new SandboxUpstream(10).send(request(expected));

        assertEquals(expected.expected(), answer.status() + " " + parse(answer.body()));
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

    // ---- requests the table cannot hold --------------------------------------------------------------------

    @Test
    void nullRequestOrMissingMethodOrPathIsNotFound() {
        assertEquals(404, rules.check(null).orElseThrow().status());
        assertEquals(404, rules.check(UpstreamRequest.of(null, "/api/publish_token")).orElseThrow().status());
        assertEquals(404, rules.check(UpstreamRequest.of("GET", null)).orElseThrow().status());
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

    private static UpstreamRequest request(Refused refused) {
        return new UpstreamRequest(refused.method(), refused.path(), refused.query(), refused.json());
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

    private static JsonValue value(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readValue();
        }
    }

    private static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String describe(UpstreamRequest request) {
        String body = request.body() == null ? "" : " " + request.body();
        return request.method() + " " + request.path() + (request.query().isEmpty() ? "" : " " + request.query())
                + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
    }
}
