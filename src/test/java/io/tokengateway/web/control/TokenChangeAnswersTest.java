package io.tokengateway.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.UpstreamResponse;
import io.tokengateway.web.entity.ChangeOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenChangeAnswersTest {

    private static final PublishToken CAM = new PublishToken(41, "cam", "t0k3n", "2026-11-29T10:00:00Z", null, true,
            List.of());
    private static final UpstreamResponse NOT_FOUND = new UpstreamResponse(400,
            "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 9\"}}");

    private final List<PublishToken> shown = new ArrayList<>();
    private final TokenChangeAnswers outcomes = new TokenChangeAnswers();

    TokenChangeAnswersTest() {
        outcomes.answers = new TokenAnswers() {
            @Override
            public PublishToken token(UpstreamResponse answer) {
                return CAM;
            }
        };
    }

    @Test
    void aChangeAnsweredWithTheTokenIsDoneAboutThatTokenAndShowsIt() {
        ChangeOutcome outcome = outcomes.withToken(new UpstreamResponse(200, "{\"status\":\"success\",\"data\":{}}"),
                shown::add, token -> "Created token " + token.id());

        assertEquals(new ChangeOutcome(true, 200, null, "Created token 41", 41, "cam", null), outcome);
        assertEquals(List.of(CAM), shown);
    }

    @Test
    void aRefusedChangeIsFailedWithTheAnswersStatusAndProblemAndShowsNothing() {
        ChangeOutcome outcome = outcomes.withToken(NOT_FOUND, shown::add, token -> "unused");

        assertEquals(new ChangeOutcome(false, 400, null, "HTTP 400: No publish token with id: 9", null, null,
                null), outcome);
        assertEquals(List.of(), shown);
    }

    @Test
    void aDeletionIsDoneWithItsOwnSentenceOrFailedWithTheProblem() {
        assertEquals(new ChangeOutcome(true, 200, null, "Deleted token 9", null, null, null),
                outcomes.withoutToken(new UpstreamResponse(200, "{\"status\":\"success\",\"data\":true}"),
                        "Deleted token 9"));
        assertEquals(new ChangeOutcome(false, 400, null, "HTTP 400: No publish token with id: 9", null, null,
                null), outcomes.withoutToken(NOT_FOUND, "Deleted token 9"));
    }
}
