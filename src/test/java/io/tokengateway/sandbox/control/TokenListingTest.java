package io.tokengateway.sandbox.control;

import static io.tokengateway.sandbox.control.SandboxClient.json;
import static io.tokengateway.sandbox.control.SandboxClient.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.sandbox.control.SandboxClient.Answer;
import io.tokengateway.testing.SettableClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenListingTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final SandboxClient client = new SandboxClient(new SandboxUpstream(100, clock));

    /** Creates publish tokens one minute apart, in this order. */
    private void createPublish(String... labels) {
        for (String label : labels) {
            client.createPublish(label, "stream-" + label);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private List<String> labels(Answer answer) {
        assertEquals(200, answer.status(), answer.toString());
        return answer.array().getValuesAs(JsonObject.class).stream().map(t -> t.getString("label")).toList();
    }

    @Test
    void listSortsByNameByDefault() {
        createPublish("charlie", "Alpha", "bravo");

        assertEquals(List.of("Alpha", "bravo", "charlie"),
                labels(client.get("/api/publish_token/list", "page", "1", "itemsOnPage", "10")));
    }

    @Test
    void listSortsByAddedOnAndDescending() {
        createPublish("charlie", "alpha", "bravo");

        assertEquals(List.of("charlie", "alpha", "bravo"), labels(client.get("/api/publish_token/list",
                "page", "1", "itemsOnPage", "10", "sortBy", "AddedOn")));
        assertEquals(List.of("bravo", "alpha", "charlie"), labels(client.get("/api/publish_token/list",
                "page", "1", "itemsOnPage", "10", "sortBy", "AddedOn", "isDescending", "True")));
        assertEquals(List.of("charlie", "bravo", "alpha"), labels(client.get("/api/publish_token/list",
                "page", "1", "itemsOnPage", "10", "isDescending", "true")));
    }

    @Test
    void listPagesAndAnswersEmptyArrayPastTheEnd() {
        createPublish("a", "b", "c", "d", "e");

        assertEquals(List.of("a", "b"), labels(client.get("/api/publish_token/list", "page", "1", "itemsOnPage", "2")));
        assertEquals(List.of("c", "d"), labels(client.get("/api/publish_token/list", "page", "2", "itemsOnPage", "2")));
        assertEquals(List.of("e"), labels(client.get("/api/publish_token/list", "page", "3", "itemsOnPage", "2")));
        Answer past = client.get("/api/publish_token/list", "page", "4", "itemsOnPage", "2");
        assertEquals(json("{'status':'success','data':[]}"), past.envelope());
        assertEquals(List.of(), labels(client.get("/api/publish_token/list", "page", "2147483647",
                "itemsOnPage", "100")));
    }

    @Test
    void listItemsCarryTheV1NameAndWholeSecondTimestamps() {
        clock.advance(Duration.ofNanos(123_456_000));
        createPublish("a");

        JsonObject item = client.get("/api/publish_token/list", "page", "1", "itemsOnPage", "1").array()
                .getJsonObject(0);

        assertEquals("a", item.getString("name"));
        assertEquals("2025-01-01T00:00:00Z", item.getString("addedOn"));
    }

    @Test
    void listWithoutPageAndItemsOnPageAnswersBothMissing() {
        Answer answer = client.get("/api/subscribe_token/list");

        assertEquals(400, answer.status());
        assertEquals(Json.createObjectBuilder()
                .add("status", "fail")
                .add("data", Json.createObjectBuilder()
                        .add("errors", Json.createObjectBuilder()
                                .add("page", Json.createArrayBuilder()
                                        .add("A value for the 'page' parameter or property was not provided."))
                                .add("itemsOnPage", Json.createArrayBuilder()
                                        .add("A value for the 'itemsOnPage' parameter or property was not provided.")))
                        .add("message", "Validation errors"))
                .build(), answer.envelope());
    }

    @Test
    void listRejectsItemsOnPageAbove100() {
        Answer answer = client.get("/api/publish_token/list", "page", "1", "itemsOnPage", "101");

        assertEquals(400, answer.status());
        assertEquals(validation("itemsOnPage", "The field ItemsOnPage must be between 1 and 100."), answer.envelope());
    }

    @Test
    void listRejectsPageZero() {
        Answer answer = client.get("/api/publish_token/list", "page", "0", "itemsOnPage", "1");

        assertEquals(validation("page", "The field Page must be between 1 and 2147483647."), answer.envelope());
    }

    @Test
    void listRejectsNonNumericPageAndUnknownSortByAndBadBoolean() {
        Answer answer = client.get("/api/publish_token/list", "page", "x", "itemsOnPage", "0", "sortBy", "Size",
                "isDescending", "maybe");

        assertEquals(400, answer.status());
        JsonObject errors = answer.object().getJsonObject("errors");
        assertEquals(List.of("page", "itemsOnPage", "sortBy", "isDescending"), List.copyOf(errors.keySet()));
        assertEquals("The value 'x' is not valid for Page.", answer.errors("page").getString(0));
        assertEquals("The field ItemsOnPage must be between 1 and 100.", answer.errors("itemsOnPage").getString(0));
        assertEquals("The value 'Size' is not valid for SortBy.", answer.errors("sortBy").getString(0));
        assertEquals("The value 'maybe' is not valid for IsDescending.", answer.errors("isDescending").getString(0));
    }

    @Test
    void listParametersAndSortValuesAreCaseInsensitive() {
        createPublish("b", "a");

        assertEquals(List.of("b", "a"), labels(client.get("/api/publish_token/list",
                "Page", "1", "ITEMSONPAGE", "5", "sortby", "addedon")));
    }

    @Test
    void listByNameListsEveryProblemAtOnce() {
        Answer answer = client.get("/api/publish_token/list_by_name", "filterBy", "'Unknown'", "page", "0",
                "itemsOnPage", "101");

        assertEquals(400, answer.status());
        assertEquals(Json.createObjectBuilder()
                .add("name", Json.createArrayBuilder().add("The Name field is required."))
                .add("page", Json.createArrayBuilder().add("The field Page must be between 1 and 2147483647."))
                .add("filterBy", Json.createArrayBuilder().add("The value ''Unknown'' is not valid for FilterBy."))
                .add("itemsOnPage", Json.createArrayBuilder().add("The field ItemsOnPage must be between 1 and 100."))
                .build(), answer.object().getJsonObject("errors"));
        assertEquals("Validation errors", answer.object().getString("message"));
    }

    @Test
    void listByNameMatchesTokenOrStreamNameByDefault() {
        client.createPublish("Lobby camera", "east");
        client.createPublish("Stage", "camera-2");
        client.createPublish("Other", "west");

        assertEquals(List.of("Lobby camera", "Stage"), labels(client.get("/api/publish_token/list_by_name",
                "name", "CAMERA", "page", "1", "itemsOnPage", "10")));
    }

    @Test
    void listByNameFiltersByTokenNameOrStreamNameOrNothing() {
        client.createPublish("Lobby camera", "east");
        client.createPublish("Stage", "camera-2");
        client.createPublish("Other", "west");

        assertEquals(List.of("Lobby camera"), labels(client.get("/api/publish_token/list_by_name",
                "name", "camera", "filterBy", "TokenName", "page", "1", "itemsOnPage", "10")));
        assertEquals(List.of("Stage"), labels(client.get("/api/publish_token/list_by_name",
                "name", "camera", "filterBy", "StreamName", "page", "1", "itemsOnPage", "10")));
        assertEquals(List.of("Lobby camera", "Other", "Stage"), labels(client.get("/api/publish_token/list_by_name",
                "name", "camera", "filterBy", "None", "page", "1", "itemsOnPage", "10")));
    }

    @Test
    void listByNameExcludesTokensWithRegexStreams() {
        client.createPublish("camera plain", "cam");
        client.post("/api/publish_token", json("""
                {'label':'camera regex','streams':[{'streamName':'cam'},{'streamName':'cam.*','isRegex':true}]}"""));

        assertEquals(List.of("camera plain"), labels(client.get("/api/publish_token/list_by_name",
                "name", "camera", "page", "1", "itemsOnPage", "10")));
    }

    @Test
    void subscribeListByNameWorksLikePublish() {
        client.createSubscribe("viewer one", "s");
        client.createSubscribe("other", "s");

        assertEquals(List.of("viewer one"), labels(client.get("/api/subscribe_token/list_by_name",
                "name", "viewer", "page", "1", "itemsOnPage", "10")));
    }

    @Test
    void listByClusterMatchesTheEffectiveOriginCluster() {
        client.createPublish("default", "s");
        client.post("/api/publish_token",
                json("{'label':'fra','originCluster':'fra-1','streams':[{'streamName':'s'}]}"));

        assertEquals(List.of("fra"), labels(client.get("/api/publish_token/list_by_cluster",
                "cluster", "fra-1", "page", "1", "itemsOnPage", "10")));
        assertEquals(List.of("default"), labels(client.get("/api/publish_token/list_by_cluster",
                "cluster", "auto", "page", "1", "itemsOnPage", "10")));
    }

    @Test
    void listByClusterErrorsUseTheFlatShape() {
        Answer answer = client.get("/api/publish_token/list_by_cluster", "page", "0", "itemsOnPage", "101");

        assertEquals(400, answer.status());
        assertEquals(json("""
                {'status':'fail','data':{'page':'The field Page must be between 1 and 2147483647.',
                 'itemsOnPage':'The field ItemsOnPage must be between 1 and 100.',
                 'cluster':'The Cluster field is required.'}}"""), answer.envelope());
    }

    @Test
    void listOfEmptySandboxIsEmptyArray() {
        assertEquals(JsonValue.EMPTY_JSON_ARRAY,
                client.get("/api/subscribe_token/list/", "page", "1", "itemsOnPage", "1").data());
    }
}
