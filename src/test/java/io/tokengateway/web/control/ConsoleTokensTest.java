package io.tokengateway.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.control.IdempotentCreates;
import io.tokengateway.tokens.control.MemoryIdempotencyStore;
import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.control.TokenAuditNotes;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.entity.BulkResult;
import io.tokengateway.web.entity.TokenListView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleTokensTest {

    private static final String CAM = "{\"id\":41,\"label\":\"cam\",\"token\":\"t0k3n\",\"addedOn\":\"2026-11-29T10:00:00Z\","
            + "\"expiresOn\":null,\"isActive\":false,\"streams\":[{\"streamName\":\"cam\",\"isRegex\":false}]}";
    private static final UpstreamResponse NO_TOKEN_9 = new UpstreamResponse(400,
            "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 9\"}}");

    /** What the create page sends for one stream "cam" labelled as the stream. */
    private static final JsonObject CAM_SETTINGS = Json.createObjectBuilder().add("label", "cam")
            .add("streams", Json.createArrayBuilder().add(Json.createObjectBuilder().add("streamName", "cam"))).build();

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final RecordingConsole console = new RecordingConsole();
    private final MemoryIdempotencyStore store = new MemoryIdempotencyStore();
    private final AuditNotes notes = new AuditNotes();
    private final List<String> sent = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final List<PublishToken> shown = new ArrayList<>();
    private UpstreamResponse answer = new UpstreamResponse(200, "{\"status\":\"success\",\"data\":" + CAM + "}");

    private ConsoleTokens tokensFor(Role role) {
        ConsoleTokens tokens = new ConsoleTokens();
        tokens.console = console.actionFor(role);
        tokens.messages = console.messages;
        tokens.answers = new TokenAnswers() {
            @Override
            public PublishToken token(UpstreamResponse answer) {
                return JSONB.fromJson(answer.json().asJsonObject().get("data").toString(), PublishToken.class);
            }
        };
        tokens.gateway = new TokenGateway() {
            @Override
            public UpstreamResponse send(UpstreamRequest request) {
                requests.add(request.method() + " " + request.path() + " " + request.query());
                String id = request.path().replaceAll("^.*/(\\d+)$", "$1");
                sent.add(switch (request.method()) {
                    case "POST" -> "create " + request.body();
                    case "PUT" -> "update " + id + " " + request.body();
                    case "DELETE" -> "delete " + id;
                    default -> request.path().endsWith("/list") ? "list " + request.query() : "get " + id;
                });
                return answer;
            }
        };
        tokens.rules = new MillicastRules();
        tokens.problems = new ConsoleProblems(null);
        tokens.creates = new IdempotentCreates(store, 5);
        tokens.caller = tokens.console.caller;
        tokens.notes = notes;
        return tokens;
    }

    @Test
    void creatingSendsTheStreamAsNameAndLabelAuditsTheNewTokenAndShowsIt() {
        assertTrue(tokensFor(Role.EDITOR).create(TokenKind.PUBLISH, CAM_SETTINGS, "console-1", shown::add));

        assertEquals(List.of("create {\"label\":\"cam\",\"streams\":[{\"streamName\":\"cam\"}]}"), sent);
        assertEquals(List.of("alice | token.create | publish 41 | cam | create for stream cam | 200"), console.rows);
        assertEquals(List.of("info: Created token 41 for stream cam"), console.told);
        assertEquals(List.of(41), shown.stream().map(PublishToken::id).toList());
        assertEquals(List.of("CHANGE person:alice"), console.permitsSpent);
    }

    @Test
    void aFormSentTwiceMakesOneTokenAndSaysSoInTheAuditRow() {
        ConsoleTokens tokens = tokensFor(Role.EDITOR);
        assertTrue(tokens.create(TokenKind.PUBLISH, CAM_SETTINGS, "console-1", shown::add));

        assertTrue(tokens.create(TokenKind.PUBLISH, CAM_SETTINGS, "console-1", shown::add));

        assertEquals(1, sent.size(), sent.toString());
        assertEquals(List.of("alice | token.create | publish 41 | cam | create for stream cam | 200",
                "alice | token.create | publish 41 | cam | create for stream cam (form sent again: the earlier answer) | 200"),
                console.rows);
        assertEquals(List.of(41, 41), shown.stream().map(PublishToken::id).toList());
    }

    @Test
    void aCreateWhoseAnswerWasLostSaysSoInTheAuditRow() {
        answer = new UpstreamResponse(504, "{\"status\":\"error\",\"message\":\"The Millicast API sent no answer within 1.5 s."
                + " The token may have been created; list tokens to check.\",\"code\":504,\"data\":{}}");
        notes.reason(TokenAuditNotes.ANSWER_LOST); // what TokenGateway notes when a create's answer is lost

        assertFalse(tokensFor(Role.EDITOR).create(TokenKind.PUBLISH, CAM_SETTINGS, "console-2", shown::add));

        assertEquals(List.of("alice | token.create | publish null | null | create for stream cam | 504 "
                + TokenAuditNotes.ANSWER_LOST), console.rows);
        assertTrue(console.told.get(0).contains("The token may have been created; list tokens to check."), console.told.toString());
    }

    @Test
    void switchingSendsTheFlagAndSaysWhatTheTokenIsNow() {
        assertTrue(tokensFor(Role.EDITOR).setActive(TokenKind.PUBLISH, 41, false, shown::add));

        assertEquals(List.of("update 41 {\"isActive\":false}"), sent);
        assertEquals(List.of("alice | token.update | publish 41 | cam | isActive false | 200"), console.rows);
        assertEquals(List.of("info: Token 41 is inactive"), console.told);
    }

    @Test
    void aChangeTheApiRefusesIsAuditedWithItsStatusToldInTheApisWordsAndShowsNothing() {
        answer = NO_TOKEN_9;

        assertFalse(tokensFor(Role.EDITOR).setActive(TokenKind.PUBLISH, 9, true, shown::add));

        assertEquals(List.of("alice | token.update | publish 9 | null | isActive true | 400"), console.rows);
        assertEquals(List.of("error: Dolby.io rejected the request — HTTP 400: No publish token with id: 9"), console.told);
        assertEquals(List.of(), shown);
        assertEquals(List.of(), console.announced);
    }

    @Test
    void aDeletionIsAuditedForTheTokenItNamed() {
        answer = new UpstreamResponse(200, "{\"status\":\"success\",\"data\":true}");

        assertTrue(tokensFor(Role.EDITOR).delete(TokenKind.PUBLISH, 41));

        assertEquals(List.of("alice | token.delete | publish 41 | null | delete | 200"), console.rows);
        assertEquals(List.of("info: Deleted token 41"), console.told);
        assertEquals(List.of("token.delete"), console.announced);
    }

    @Test
    void aViewerChangesNothingUpstream() {
        assertFalse(tokensFor(Role.VIEWER).delete(TokenKind.PUBLISH, 41));

        assertEquals(List.of(), sent);
        assertEquals(List.of("alice | token.delete | publish 41 | null | null | 403 forbidden"), console.rows);
    }

    @Test
    void readsGiveTheTokensOrTellTheProblemAndWriteNoRow() {
        ConsoleTokens tokens = tokensFor(Role.VIEWER);
        assertEquals(Optional.of(41), tokens.find(TokenKind.PUBLISH, 41).map(PublishToken::id));

        answer = NO_TOKEN_9;
        assertEquals(Optional.empty(), tokens.find(TokenKind.PUBLISH, 9));
        assertEquals(Optional.empty(), tokens.list(new TokenListView(TokenKind.PUBLISH, 1, 100, "name", false, null, "both", null)));

        assertEquals(List.of("error: Dolby.io rejected the request — HTTP 400: No publish token with id: 9", "error: Dolby.io rejected the request — HTTP 400: No publish token with id: 9"),
                console.told);
        assertEquals(List.of(), console.rows);
    }

    @Test
    void aListAsksTheApiForThePageAndOrderTheViewNames() {
        ConsoleTokens tokens = tokensFor(Role.VIEWER);
        answer = new UpstreamResponse(200, "{\"status\":\"success\",\"data\":[]}");
        tokens.answers = new TokenAnswers() {
            @Override
            public List<PublishToken> tokens(UpstreamResponse answer) {
                return List.of();
            }
        };

        tokens.list(new TokenListView(TokenKind.SUBSCRIBE, 3, 50, "added", true, null, "both", "fra-1"));
        tokens.list(new TokenListView(TokenKind.PUBLISH, 1, 25, "name", false, " cam ", "stream", "fra-1"));
        tokens.list(new TokenListView(TokenKind.PUBLISH, 2, 10, "name", false, "", "both", "fra-1"));

        assertEquals(List.of(
                "GET /api/subscribe_token/list {page=3, itemsOnPage=50, sortBy=AddedOn, isDescending=true}",
                "GET /api/publish_token/list_by_name {name=cam, filterBy=StreamName, page=1, itemsOnPage=25,"
                        + " sortBy=Name, isDescending=false}",
                "GET /api/publish_token/list_by_cluster {cluster=fra-1, page=2, itemsOnPage=10, sortBy=Name,"
                        + " isDescending=false}"), requests);
    }

    @Test
    void aBulkChangeGivesEachTokenItsResultAndAuditRow() {
        ConsoleTokens tokens = tokensFor(Role.EDITOR);
        assertEquals(new BulkResult(41, true, "disabled"), tokens.bulk(TokenKind.PUBLISH, "disable", 41));
        answer = NO_TOKEN_9;
        assertEquals(new BulkResult(9, false, "Dolby.io rejected the request — HTTP 400: No publish token with id: 9"),
                tokens.bulk(TokenKind.PUBLISH, "delete", 9));

        assertEquals(List.of("update 41 {\"isActive\":false}", "delete 9"), sent);
        assertEquals(List.of("alice | token.update | publish 41 | null | isActive false (bulk) | 200",
                "alice | token.delete | publish 9 | null | delete (bulk) | 400"), console.rows);
    }

    @Test
    void aViewersBulkChangeIsNotAttempted() {
        assertEquals(new BulkResult(41, false, "not attempted: refused (your role or the change rate limit)"),
                tokensFor(Role.VIEWER).bulk(TokenKind.PUBLISH, "delete", 41));
        assertEquals(List.of(), sent);
    }
}
