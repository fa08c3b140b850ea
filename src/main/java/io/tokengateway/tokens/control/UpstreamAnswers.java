package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.entity.UpstreamResponse;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of an answer from the Millicast API within a byte bound, and accepts it only as what the API
 * promises (API.md §5): complete UTF-8 JSON, an object whose {@code status} is {@code success} (with {@code data})
 * under 2xx, or {@code fail} / {@code error} under any other status. Anything else is a broken answer: 502.
 */
final class UpstreamAnswers {

    private static final JsonParserFactory PARSERS = JsonFactories.parsers();
    private static final int BUFFER = 16 * 1024;

    private final long maxBytes;
    private final UpstreamFailures failures;

    UpstreamAnswers(long maxBytes, UpstreamFailures failures) {
        this.maxBytes = maxBytes;
        this.failures = failures;
    }

    /**
     * The answer, read and judged.
     *
     * @param mediaType      the answer's Content-Type, or null
     * @param declaredLength its Content-Length, or -1 when it has none (chunked, or delimited by closing)
     * @throws UpstreamUnavailableException when the answer is too large, cut off, not JSON or not an envelope
     */
    UpstreamResponse read(int status, String mediaType, long declaredLength, InputStream body) {
        if (declaredLength > maxBytes) {
            throw tooLarge(status);
        }
        if (!isJson(mediaType)) {
            throw broken(status, "came as " + (mediaType == null ? "no content type" : mediaType.split(";")[0].trim())
                    + ", not JSON");
        }
        byte[] bytes = bounded(status, body);
        if (declaredLength >= 0 && bytes.length < declaredLength) {
            throw UpstreamFailures.cutOff(status, message(status, "was cut off after " + bytes.length + " of "
                    + declaredLength + " bytes"));
        }
        if (bytes.length == 0) {
            throw broken(status, "had an empty body");
        }
        String text = utf8(status, bytes);
        JsonValue json = json(status, text);
        checkEnvelope(status, json);
        return new UpstreamResponse(status, text);
    }

    private byte[] bounded(int status, InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        try (body) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (read.size() + (long) n > maxBytes) {
                    throw tooLarge(status);
                }
                read.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw failures.whileReading(status, e);
        }
        return read.toByteArray();
    }

    private static String utf8(int status, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw broken(status, "is not valid UTF-8");
        }
    }

    /** The one JSON value of the text; trailing content after it, or an incomplete value, is refused. */
    private static JsonValue json(int status, String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw broken(status, "is not valid JSON (more follows the first value)");
            }
            return value;
        } catch (JsonParsingException e) {
            boolean atTheEnd = e.getLocation() != null && e.getLocation().getStreamOffset() >= text.strip().length();
            throw atTheEnd
                    ? UpstreamFailures.cutOff(status, message(status, "ends before its JSON is complete (cut off)"))
                    : broken(status, "is not valid JSON");
        } catch (JsonException | java.util.NoSuchElementException | IllegalStateException e) {
            throw broken(status, "is not valid JSON");
        }
    }

    private static void checkEnvelope(int status, JsonValue json) {
        if (!(json instanceof JsonObject envelope) || !(envelope.get("status") instanceof JsonString kind)) {
            throw broken(status, "is JSON but not Millicast's {status, data} envelope");
        }
        boolean success = status >= 200 && status < 300;
        switch (kind.getString()) {
            case "success" -> {
                if (!success) {
                    throw broken(status, "says \"success\" under a failure status");
                }
                if (!envelope.containsKey("data")) {
                    throw broken(status, "is a success envelope without data");
                }
            }
            case "fail", "error" -> {
                if (success) {
                    throw broken(status, "says \"" + kind.getString() + "\" under a success status");
                }
            }
            default -> throw broken(status, "is JSON but not Millicast's {status, data} envelope");
        }
    }

    private static boolean isJson(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String type = mediaType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        String subtype = type.substring(type.indexOf('/') + 1);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private UpstreamUnavailableException tooLarge(int status) {
        return broken(status, "is larger than the " + size(maxBytes) + " allowed; it was cut off");
    }

    private static UpstreamUnavailableException broken(int status, String what) {
        return UpstreamFailures.unusable(status, message(status, what));
    }

    private static String message(int status, String what) {
        return "The Millicast API's answer (HTTP " + status + ") " + what;
    }

    /** {@code 8 MiB}, {@code 512 KiB}, {@code 1000 bytes}. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
