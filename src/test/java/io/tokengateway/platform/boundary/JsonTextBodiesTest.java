package io.tokengateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON text in and out in UTF-8: all of a body whatever its length says, and the answer's exact bytes. */
class JsonTextBodiesTest {

    private static final String BODY = "{\"label\":\"café ☕ 𝄞\",\"streams\":[]}";
    private final JsonTextBodies bodies = new JsonTextBodies();

    private String read(String contentLength, byte[] bytes) throws Exception {
        var headers = new MultivaluedHashMap<String, String>();
        if (contentLength != null) {
            headers.putSingle("Content-Length", contentLength);
        }
        return bodies.readFrom(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, headers,
                new ByteArrayInputStream(bytes));
    }

    @Test
    void aBodyIsReadWholeWithItsLengthWithoutOneOrWhenItIsLongerThanAnnounced() throws Exception {
        byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);

        assertEquals(BODY, read(Integer.toString(bytes.length), bytes));
        assertEquals(BODY, read(null, bytes));
        assertEquals(BODY, read("5", bytes), "a body longer than its length must not be cut off");
        assertEquals(BODY, read("1" + "0".repeat(12), bytes), "a length too large to be true is not believed");
        assertEquals(BODY, read("-3", bytes));
        assertEquals("", read("0", new byte[0]));
    }

    @Test
    void anAnswerIsWrittenAsItsUtf8BytesAndOnlyTextIsHandled() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bodies.writeTo(BODY, String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), out);

        assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertTrue(bodies.isWriteable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(bodies.isWriteable(byte[].class, byte[].class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(bodies.isReadable(Object.class, Object.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
    }
}
