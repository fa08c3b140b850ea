package io.tokengateway.platform.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON bodies as text, in and out, in UTF-8 (the only encoding {@link RequestBytesCheck} lets in, and the one the
 * gateway answers in): read in one piece of the size the request announced, written as its bytes. Jersey's own
 * text provider reads through an 8 KB buffer and writes through a new 8 KB encoder per request, which was a third
 * of what a viewer token request allocated (docs/performance.md).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class JsonTextBodies implements MessageBodyReader<String>, MessageBodyWriter<String> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException, WebApplicationException {
        int length = announcedLength(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        if (length < 0) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] announced = body.readNBytes(length);
        int next = body.read();
        if (next == -1) {
            return new String(announced, StandardCharsets.UTF_8);
        }
        // more than announced (a stream a filter replaced): all of it, never a cut-off body
        byte[] rest = body.readAllBytes();
        byte[] all = Arrays.copyOf(announced, announced.length + 1 + rest.length);
        all[announced.length] = (byte) next;
        System.arraycopy(rest, 0, all, announced.length + 1, rest.length);
        return new String(all, StandardCharsets.UTF_8);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeTo(String text, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The Content-Length, or -1 when there is none (chunked) or it is not a small number. */
    private static int announcedLength(String header) {
        if (header == null || header.isEmpty() || header.length() > 9) {
            return -1;
        }
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) < '0' || header.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(header);
    }
}
