package io.tokengateway.web.control;

import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.UpstreamResponse;
import io.tokengateway.web.entity.ChangeOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads what the Millicast API answered to a token change as the outcome the console audits and tells. */
@ApplicationScoped
public class TokenChangeAnswers {

    @Inject
    TokenAnswers answers;

    /** A change answered with the token: done about that token (handed to {@code show}), or the problem. */
    public ChangeOutcome withToken(UpstreamResponse answer, Consumer<PublishToken> show,
            Function<PublishToken, String> message) {
        if (!answer.isSuccess()) {
            return failed(answer);
        }
        PublishToken token = answers.token(answer);
        show.accept(token);
        return ChangeOutcome.done(answer.status(), message.apply(token)).aboutToken(token.id(), token.label());
    }

    /** A change answered without a token (a deletion): done, or the problem. */
    public ChangeOutcome withoutToken(UpstreamResponse answer, String message) {
        return answer.isSuccess() ? ChangeOutcome.done(answer.status(), message) : failed(answer);
    }

    private ChangeOutcome failed(UpstreamResponse answer) {
        return ChangeOutcome.failed(answer.status(), null, answers.problem(answer));
    }
}
