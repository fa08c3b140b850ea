package io.tokengateway.sandbox.control;

import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.sandbox.entity.SandboxToken;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Instant;

/** Makes a new token from a validated create body: defaults, the client's values, fresh secrets. */
final class TokenFactory {

    private final TokenSecrets secrets;

    TokenFactory(TokenSecrets secrets) {
        this.secrets = secrets;
    }

    /** {@code addedOn} should already be truncated to microseconds, the precision the API shows. */
    SandboxToken create(TokenKind kind, JsonObject body, int id, Instant addedOn) {
        Instant expiresOn = body.get("expires") instanceof JsonNumber seconds
                ? addedOn.plusSeconds(seconds.longValue()) : null;
        return new SandboxToken(id, kind, secrets.newToken(),
                kind == TokenKind.PUBLISH ? secrets.newSrtPassphrase() : null,
                addedOn, expiresOn, body.getString("label"), true, StreamNames.parse(body.get("streams")),
                TokenSettings.overlay(TokenDefaults.settings(kind), kind, BodyDialect.CREATE, body),
                TokenExtras.passThrough(kind, body));
    }
}
