package io.tokengateway.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestOutcomeTest {

    @ParameterizedTest(name = "{0} after upstream {1} is {2}")
    @CsvSource({
        "200, 200, OK",
        "302, 0, OK",
        "400, 0, CLIENT",
        "400, 400, CLIENT",
        "401, 0, CLIENT",
        "422, 0, CLIENT",
        "429, 0, CLIENT",
        "429, 429, UPSTREAM",
        "502, 0, UPSTREAM",
        "503, 0, UPSTREAM",
        "503, 503, UPSTREAM",
        "504, 0, UPSTREAM",
        "500, 500, UPSTREAM",
        "500, 0, GATEWAY",
        "500, 200, GATEWAY"})
    void whoseFaultAnAnswerIs(int status, int upstreamStatus, RequestOutcome outcome) {
        assertEquals(outcome, RequestOutcome.of(status, upstreamStatus));
    }
}
