package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.tokens.entity.PublishToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one reader of Millicast's {@code {status, data}} envelope once an answer is in: the data of a success, the
 * tokens in it, and a readable sentence for a failure.
 */
@ApplicationScoped
public class TokenAnswers {

    private static final Type TOKEN_LIST = new ArrayList<PublishToken>() { }.getClass().getGenericSuperclass();

    @Inject
    Jsonb jsonb;

    public TokenAnswers() {
    }

    TokenAnswers(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    public PublishToken token(UpstreamResponse answer) {
        return jsonb.fromJson(data(answer).orElseThrow().toString(), PublishToken.class);
    }

    public List<PublishToken> tokens(UpstreamResponse answer) {
        return jsonb.fromJson(data(answer).orElseThrow().toString(), TOKEN_LIST);
    }

    /** The envelope's {@code data}; empty when the answer is no envelope or has none. */
    public static Optional<JsonValue> data(UpstreamResponse answer) {
        return answer.json() instanceof JsonObject envelope ? Optional.ofNullable(envelope.get("data")) : Optional.empty();
    }

    /** What went wrong, e.g. {@code "HTTP 400: No publish token with id: 9"}. */
    public String problem(UpstreamResponse answer) {
        return "HTTP " + answer.status() + ": " + reason(answer);
    }

    /** What went wrong, in the answer's own words, e.g. {@code "No publish token with id: 9"}. */
    public static String reason(UpstreamResponse answer) {
        JsonValue body = answer.json();
        return body instanceof JsonObject envelope ? describe(envelope) : body.toString();
    }

    private static String describe(JsonObject envelope) {
        if (envelope.get("message") instanceof JsonString message) {
            return message.getString();
        }
        JsonValue data = envelope.get("data");
        if (!(data instanceof JsonObject details)) {
            return String.valueOf(data);
        }
        if (details.get("errors") instanceof JsonObject errors) {
            return errors.entrySet().stream()
                    .map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return details.values().stream().map(TokenAnswers::text).collect(Collectors.joining("; "));
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().map(TokenAnswers::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
