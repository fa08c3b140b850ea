package io.tokengateway.web.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.tokens.control.TokenAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Says in words what went wrong with a call to the token API, so that a person knows what to do next: the API
 * refused (its own reason), nothing was sent or changed (the gateway held the call back), or the call may have
 * reached the API (check before trying again).
 */
@ApplicationScoped
public class ConsoleProblems {

    @Inject
    GatewaySettings settings;

    public ConsoleProblems() {
    }

    ConsoleProblems(GatewaySettings settings) {
        this.settings = settings;
    }

    /** For a read: nothing changes whatever happened. */
    public String ofRead(UpstreamResponse answer) {
        return sentence(answer, "");
    }

    /** For a change: also whether it may have been made. */
    public String ofChange(UpstreamResponse answer) {
        String reason = TokenAnswers.reason(answer);
        return switch (answer.status()) {
            case 503, 429 -> sentence(answer, ". Nothing was changed.");
            case 502, 504 -> sentence(answer, reason.contains("may have been created") ? ""
                    : ". The change may have been applied: reload to check before trying again.");
            default -> sentence(answer, "");
        };
    }

    private String sentence(UpstreamResponse answer, String consequence) {
        String reason = TokenAnswers.reason(answer);
        int status = answer.status();
        String what = status >= 500 || status == 429 ? " gave no usable answer" : " rejected the request";
        return upstream() + what + " — HTTP " + status + ": " + reason + consequence;
    }

    private String upstream() {
        return settings != null && settings.isSandbox() ? "The sandbox" : "Dolby.io";
    }
}
