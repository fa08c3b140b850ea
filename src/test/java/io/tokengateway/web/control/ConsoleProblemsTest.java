package io.tokengateway.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.contract.entity.UpstreamResponse;
import org.junit.jupiter.api.Test;

class ConsoleProblemsTest {

    private final ConsoleProblems problems = new ConsoleProblems(null);

    @Test
    void aRefusalGivesTheApisOwnReason() {
        assertEquals("Dolby.io rejected the request — HTTP 400: No publish token with id: 9",
                problems.ofChange(new UpstreamResponse(400,
                        "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 9\"}}")));
    }

    @Test
    void aCallTheGatewayHeldBackChangedNothing() {
        assertEquals("Dolby.io gave no usable answer — HTTP 503: The Millicast API is unavailable. Nothing was changed.",
                problems.ofChange(new UpstreamResponse(503, "{\"status\":\"error\",\"message\":"
                        + "\"The Millicast API is unavailable\",\"code\":503,\"data\":{}}")));
    }

    @Test
    void aChangeWhoseAnswerWasLostMayHaveBeenMade() {
        assertEquals("Dolby.io gave no usable answer — HTTP 504: The Millicast API sent no answer within 15 s."
                + " The change may have been applied: reload to check before trying again.",
                problems.ofChange(new UpstreamResponse(504, "{\"status\":\"error\",\"message\":"
                        + "\"The Millicast API sent no answer within 15 s\",\"code\":504,\"data\":{}}")));
        assertEquals("Dolby.io gave no usable answer — HTTP 504: no answer. The token may have been created; list"
                + " tokens to check.", problems.ofChange(new UpstreamResponse(504, "{\"status\":\"error\",\"message\":"
                        + "\"no answer. The token may have been created; list tokens to check.\",\"code\":504,\"data\":{}}")));
    }
}
