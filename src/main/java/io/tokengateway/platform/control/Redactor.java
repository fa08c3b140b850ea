package io.tokengateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * The one place that blanks out what must not be written down: token strings, restream keys, SRT passphrases,
 * passwords, API keys, authorization values and the API secret. Everything the gateway logs or audits about a
 * request or response goes through it. JSON is masked by meaning, after parsing: a member is sensitive whatever
 * its case or escaping ({@code "Key"}, {@code "k\u0065y"}) and at any depth; other text is masked generously.
 */
@ApplicationScoped
public class Redactor {

    static final String MASK = "***";

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private CredentialText credentials = new CredentialText(Optional.empty());
    private final FreeTextMasker freeText = new FreeTextMasker(this::maskText);

    public Redactor() {
    }

    @Inject
    public Redactor(GatewaySettings settings) {
        // ApiSecret does not hand out its value; its header form does
        this.credentials = new CredentialText(settings.apiSecret()
                .map(secret -> secret.bearerHeader().substring("Bearer ".length())));
    }

    /**
     * A copy with the value of every sensitive member masked, at any depth (booleans and nulls stay: they hold
     * nothing), and every string and member name masked where it holds a credential or JSON text of its own.
     */
    public JsonValue redact(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case OBJECT -> redactObject(value.asJsonObject());
            case ARRAY -> redactArray(value.asJsonArray());
            case STRING -> redactString((JsonString) value);
            default -> value;
        };
    }

    /**
     * The text with every credential masked. A JSON object or array is parsed and masked by meaning (as
     * {@link #redact(JsonValue)}) and written back compactly; any other text, broken or cut JSON included,
     * is masked by {@link FreeTextMasker}, which masks more rather than less.
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        return structured(text).map(json -> redact(json).toString()).orElseGet(() -> maskText(text));
    }

    private JsonObject redactObject(JsonObject object) {
        JsonObjectBuilder masked = JSON.createObjectBuilder();
        object.forEach((name, member) -> masked.add(maskText(name),
                SensitiveNames.isSensitive(name) && holdsSomething(member) ? JsonFactories.value(MASK) : redact(member)));
        return masked.build();
    }

    private JsonArray redactArray(JsonArray array) {
        JsonArrayBuilder masked = JSON.createArrayBuilder();
        array.forEach(item -> masked.add(redact(item)));
        return masked.build();
    }

    private JsonValue redactString(JsonString string) {
        String text = string.getString();
        String masked = maskText(text);
        return masked.equals(text) ? string : JsonFactories.value(masked);
    }

    private static boolean holdsSomething(JsonValue value) {
        return value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE
                && value.getValueType() != JsonValue.ValueType.NULL;
    }

    private String maskText(String text) {
        return credentials.mask(freeText.mask(text), MASK);
    }

    /** The text as a JSON object or array, when it is exactly one; scalars stay text, so that "007" stays "007". */
    private static Optional<JsonValue> structured(String text) {
        String start = text.stripLeading();
        if (!start.startsWith("{") && !start.startsWith("[")) {
            return Optional.empty();
        }
        try (var reader = JsonFactories.reader(new StringReader(text))) {
            return Optional.of(reader.readValue());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
