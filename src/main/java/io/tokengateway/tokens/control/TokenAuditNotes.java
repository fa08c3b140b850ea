package io.tokengateway.tokens.control;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.control.ChangeSubject;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Names on a change's audit row the token it is about: from the body of a change refused before its resource
 * ran ({@code tokenId}, {@code label}), or from the answer to one done (a created or changed token's
 * {@code data.id}, {@code data.label}).
 */
@ApplicationScoped
public class TokenAuditNotes implements ChangeSubject {

    /** The audit outcome's reason when a create's answer was lost. */
    public static final String ANSWER_LOST = "answer lost: the token may have been created";

    @Inject
    AuditNotes notes;

    @Override
    public void noteFrom(JsonObject body) {
        notes.token(tokenId(body.get("tokenId")), text(body.get("label")));
    }

    /** A success answer's token, when its data is one; nothing for another answer. */
    public void noteFrom(UpstreamResponse answer) {
        if (answer.isSuccess() && TokenAnswers.data(answer).orElse(null) instanceof JsonObject data) {
            notes.token(data.get("id") instanceof JsonNumber id ? id.intValue() : null, text(data.get("label")));
        }
    }

    /** A create went out and its answer was lost: the row says the token may exist. */
    public void noteAnswerLost() {
        notes.reason(ANSWER_LOST);
    }

    /** A valid token id, or null for a missing or invalid one. */
    private static Integer tokenId(JsonValue value) {
        try {
            return TokenIds.parse(value);
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : null;
    }
}
