package io.tokengateway.sandbox.control;

import io.tokengateway.contract.control.TokenConsistencyRules;
import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.sandbox.entity.SandboxToken;
import jakarta.json.JsonObject;

/**
 * The update rules only the stored token can settle, run after {@code MillicastRules} accepted the body: the
 * between-field rules judged on the token as it would be after the update, and a token keeps at least one stream.
 */
final class CurrentStateRules {

    private CurrentStateRules() {
    }

    static ValidationErrors check(SandboxToken current, BodyDialect dialect, JsonObject body) {
        ValidationErrors errors = new ValidationErrors();
        TokenConsistencyRules.check(current.kind(), dialect, body, current.settings(), errors);
        if (body.containsKey("removeTokenStreams")
                && StreamNames.afterUpdate(current.streams(), body.get("removeTokenStreams"),
                        body.get("addTokenStreams")).isEmpty()) {
            errors.add("removeTokenStreams", "A token must keep at least one stream.");
        }
        return errors;
    }
}
