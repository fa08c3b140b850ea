package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import java.util.Optional;

/**
 * A failure that trying again may well cure: the connection failed or was reset, no answer came in time, the answer
 * broke off, or the API answered 502, 503 or 504. Only a call that is safe to repeat is repeated on it
 * ({@link UpstreamRetries}).
 */
public class RepeatableUpstreamFailure extends UpstreamUnavailableException {

    private final transient UpstreamResponse answer;

    public RepeatableUpstreamFailure(int status, String message, boolean outcomeUnknown) {
        super(status, message, outcomeUnknown);
        this.answer = null;
    }

    /** The API's own answer saying it is unavailable (502, 503, 504), which the caller gets when no retry helps. */
    RepeatableUpstreamFailure(UpstreamResponse answer) {
        super(answer.status(), "The Millicast API answered HTTP " + answer.status(), false);
        this.answer = answer;
    }

    /** Whether an answer of this status says the API is unavailable for now: 502, 503 or 504. */
    static boolean saysUnavailable(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /** The API's own answer, when it gave one. */
    public Optional<UpstreamResponse> answer() {
        return Optional.ofNullable(answer);
    }
}
