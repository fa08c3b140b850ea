package io.tokengateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBytesCheckTest {

    private static final String JSON = "{\"label\":\"caf\u00e9\"}";

    /** A request as a filter sees it: its declared length, media type and body; records what the filter does. */
    private static final class FakeRequest {
        final long declaredLength;
        final MediaType type;
        InputStream entity;
        Optional<RequestBytesCheck.Refusal> refused;
        final ContainerRequestContext proxy;

        FakeRequest(long declaredLength, MediaType type, byte[] body) {
            this.declaredLength = declaredLength;
            this.type = type;
            this.entity = new ByteArrayInputStream(body);
            this.proxy = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (p, method, args) -> switch (method.getName()) {
                        case "getLength" -> (int) declaredLength;
                        case "getMediaType" -> type;
                        case "getEntityStream" -> entity;
                        case "setEntityStream" -> {
                            entity = (InputStream) args[0];
                            yield null;
                        }
                        default -> null;
                    });
        }
    }

    private static FakeRequest json(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new FakeRequest(bytes.length, MediaType.APPLICATION_JSON_TYPE, bytes);
    }

    @Test
    void runsAfterTheAccessDecision() {
        assertTrue(RequestBytesCheck.class.getAnnotation(Priority.class).value() > Priorities.AUTHORIZATION);
    }

    @Test
    void passesAJsonBodyOnByteForByte() throws Exception {
        FakeRequest request = json(JSON);

        request.refused = RequestBytesCheck.refusal(request.proxy);

        assertEquals(Optional.empty(), request.refused);
        assertArrayEquals(JSON.getBytes(StandardCharsets.UTF_8), request.entity.readAllBytes());
    }

    @Test
    void refusesABodyWithoutContentTypeWith415() throws Exception {
        FakeRequest request = new FakeRequest(JSON.length(), null, JSON.getBytes(StandardCharsets.UTF_8));

        request.refused = RequestBytesCheck.refusal(request.proxy);

        assertEquals(415, request.refused.orElseThrow().status().getStatusCode());
        assertEquals("Unsupported Media Type", request.refused.orElseThrow().message());
    }

    @Test
    void anEmptyBodyNeedsNoContentType() throws Exception {
        FakeRequest request = new FakeRequest(-1, null, new byte[0]);

        request.refused = RequestBytesCheck.refusal(request.proxy);

        assertEquals(Optional.empty(), request.refused);
    }

    @Test
    void refusesJsonDeclaredInAnotherCharsetWith415() throws Exception {
        for (String charset : List.of("ISO-8859-1", "utf-16", "windows-1252", "no-such-charset", "@")) {
            byte[] body = JSON.getBytes(StandardCharsets.ISO_8859_1);
            FakeRequest request = new FakeRequest(body.length, new MediaType("application", "json", charset), body);

            request.refused = RequestBytesCheck.refusal(request.proxy);

            assertEquals(415, request.refused.orElseThrow().status().getStatusCode(), charset);
        }
    }

    @Test
    void acceptsUtf8SpelledAnyWay() throws Exception {
        for (String charset : List.of("utf-8", "UTF-8", "utf8", " UTF8 ")) {
            byte[] body = JSON.getBytes(StandardCharsets.UTF_8);
            FakeRequest typed = new FakeRequest(body.length, new MediaType("application", "json", charset), body);

            typed.refused = RequestBytesCheck.refusal(typed.proxy);

            assertEquals(Optional.empty(), typed.refused, charset);
        }
    }

    @Test
    void refusesInvalidUtf8With400() {
        byte[] body = {'{', '"', 'l', '"', ':', '"', (byte) 0xff, '"', '}'};
        FakeRequest request = new FakeRequest(body.length, MediaType.APPLICATION_JSON_TYPE, body);

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> RequestBytesCheck.refusal(request.proxy));

        assertEquals(Map.of("$", List.of("The request body is not valid UTF-8.")), refused.errors());
    }

    @Test
    void refusesALoneSurrogateEscapeWith400() {
        assertThrows(InvalidRequestException.class, () -> RequestBytesCheck.refusal(json("{\"label\":\"\\ud800\"}").proxy));
    }

    @Test
    void refusesADeclaredLengthOverTheBoundWith413() throws Exception {
        FakeRequest request = new FakeRequest(64 * 1024 + 1, MediaType.APPLICATION_JSON_TYPE, new byte[10]);

        request.refused = RequestBytesCheck.refusal(request.proxy);

        assertEquals(413, request.refused.orElseThrow().status().getStatusCode());
        assertEquals("Request Entity Too Large: at most 65536 bytes", request.refused.orElseThrow().message());
    }

    @Test
    void refusesAChunkedBodyOneByteOverTheBoundWith413() throws Exception {
        FakeRequest request = new FakeRequest(-1, MediaType.APPLICATION_JSON_TYPE, new byte[64 * 1024 + 1]);

        request.refused = RequestBytesCheck.refusal(request.proxy);

        assertEquals(413, request.refused.orElseThrow().status().getStatusCode());
    }

    @Test
    void takesAChunkedBodyOfExactlyTheBound() throws Exception {
        String body = "[\"" + "a".repeat(64 * 1024 - 4) + "\"]";
        FakeRequest request = new FakeRequest(-1, MediaType.APPLICATION_JSON_TYPE, body.getBytes(StandardCharsets.UTF_8));

        request.refused = RequestBytesCheck.refusal(request.proxy);

        assertEquals(Optional.empty(), request.refused);
        assertEquals(64 * 1024, request.entity.readAllBytes().length);
    }
}
