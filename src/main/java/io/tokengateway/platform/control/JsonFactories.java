package io.tokengateway.platform.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

/**
 * The JSON-P provider and its factories, looked up once. Every static {@code jakarta.json.Json.create…} call looks
 * the provider up again ({@code JsonProvider.provider()}: a {@code ServiceLoader} scan of the class path, under the
 * class loader's locks); on the request path that was 6 % of the gateway's CPU in a profile of {@code get}, and
 * most of its lock contention. Use these instead of {@code Json.create…} everywhere.
 */
public final class JsonFactories {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private JsonFactories() {
    }

    public static JsonBuilderFactory builders() {
        return BUILDERS;
    }

    public static JsonReaderFactory readers() {
        return READERS;
    }

    public static JsonParserFactory parsers() {
        return PARSERS;
    }

    public static JsonObjectBuilder objectBuilder() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder arrayBuilder() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonReader reader(Reader text) {
        return READERS.createReader(text);
    }

    public static JsonReader reader(InputStream bytes) {
        return READERS.createReader(bytes);
    }

    public static JsonString value(String text) {
        return PROVIDER.createValue(text);
    }

    public static JsonNumber value(long number) {
        return PROVIDER.createValue(number);
    }
}
