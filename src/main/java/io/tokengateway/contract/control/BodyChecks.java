package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.contract.entity.ValidationErrors;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/** Judges request bodies on their own, without any stored token: create and update bodies, the disable body. */
final class BodyChecks {

    private BodyChecks() {
    }

    /**
     * An object; for updates one that sets something; every field valid ({@link TokenRequestValidator}); the
     * between-field rules met as far as the body alone shows them ({@link TokenConsistencyRules}).
     */
    static Optional<UpstreamResponse> token(TokenKind kind, BodyDialect dialect, JsonValue given) {
        if (dialect.isUpdate() && JsonValues.isAbsent(given)) {
            return Optional.of(Refusals.noPropertiesToUpdate());
        }
        if (!(given instanceof JsonObject body)) {
            return Optional.of(Refusals.bodyNotAnObject(given));
        }
        if (dialect.isUpdate() && !TokenSchema.specifiesAnything(kind, dialect, body)) {
            return Optional.of(Refusals.noPropertiesToUpdate());
        }
        ValidationErrors errors = new ValidationErrors();
        TokenRequestValidator.validate(kind, dialect, body, errors);
        TokenConsistencyRules.check(kind, dialect, body, JsonValue.EMPTY_JSON_OBJECT, errors);
        return answer(errors);
    }

    /** {@code {"tokenIds":[int, …]}} with at least one id (API.md P11). */
    static Optional<UpstreamResponse> disable(JsonValue given) {
        if (!(given instanceof JsonObject body)) {
            return Optional.of(Refusals.bodyNotAnObject(given));
        }
        ValidationErrors errors = new ValidationErrors();
        DisableBodyParser.tokenIds(body, errors);
        return answer(errors);
    }

    private static Optional<UpstreamResponse> answer(ValidationErrors errors) {
        return errors.isEmpty() ? Optional.empty() : Optional.of(Refusals.invalid(errors));
    }
}
