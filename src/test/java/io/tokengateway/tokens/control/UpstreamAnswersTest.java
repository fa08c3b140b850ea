package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.contract.entity.UpstreamResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamAnswersTest {

    private static final String JSON = "application/json; charset=utf-8";
    private static final long MIB = 1024 * 1024;

    private final UpstreamAnswers answers = new UpstreamAnswers(8 * MIB,
            new UpstreamFailures(Duration.ofSeconds(5), Duration.ofSeconds(15)));

    private UpstreamResponse read(int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return answers.read(status, type, bytes.length, new ByteArrayInputStream(bytes));
    }

    private String refusal(int status, String type, String body) {
        var e = assertThrows(UpstreamUnavailableException.class, () -> read(status, type, body));
        assertEquals(502, e.status());
        return e.getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "200|{\"status\":\"success\",\"data\":{\"id\":7}}",
        "200|{\"status\":\"success\",\"data\":[]}",
        "200|{\"status\":\"success\",\"data\":true}",
        "200|'  {\"status\":\"success\",\"data\":null} '",
        "400|{\"status\":\"fail\",\"data\":{\"tokenId\":\"No publish token with id: 9\"}}",
        "401|{\"status\":\"fail\",\"data\":{\"message\":\"Unauthorized\"}}",
        "404|{\"status\":\"error\",\"desc\":\"No endpoint specified\"}",
        "500|{\"status\":\"error\",\"message\":\"simple error reason\",\"code\":500,\"data\":{}}"})
    void aCompleteEnvelopeIsRelayedByteForByte(int status, String body) {
        assertEquals(new UpstreamResponse(status, body), read(status, JSON, body));
    }

    @Test
    void aBodyCutOffBeforeItsAnnouncedLengthIs502() {
        byte[] whole = "{\"status\":\"success\",\"data\":{\"id\":7,\"label\":\"cam\"}}".getBytes(StandardCharsets.UTF_8);
        var cut = new ByteArrayInputStream(whole, 0, 20);

        var e = assertThrows(UpstreamUnavailableException.class, () -> answers.read(200, JSON, whole.length, cut));

        assertEquals(502, e.status());
        assertEquals("The Millicast API's answer (HTTP 200) was cut off after 20 of " + whole.length + " bytes",
                e.getMessage());
    }

    @Test
    void aBodyThatEndsInsideItsJsonIs502EvenWithoutALength() {
        byte[] cut = "{\"status\":\"success\",\"data\":{\"id\":7,\"la".getBytes(StandardCharsets.UTF_8);

        var e = assertThrows(UpstreamUnavailableException.class,
                () -> answers.read(200, JSON, -1, new ByteArrayInputStream(cut)));

        assertEquals("The Millicast API's answer (HTTP 200) ends before its JSON is complete (cut off)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "200|application/json|garbage{{|is not valid JSON",
        "200|application/json|<html><body>Bad gateway</body></html>|is not valid JSON",
        "200|application/json|{\"status\":\"success\",\"data\":1} trailing|is not valid JSON",
        "200|application/json|{\"status\":\"success\",\"data\":1}{}|is not valid JSON",
        "200|text/html|<html>ok</html>|came as text/html, not JSON",
        "503|text/html; charset=utf-8|<html>Service Unavailable</html>|came as text/html, not JSON",
        "200|application/json|[1,2]|is JSON but not Millicast's {status, data} envelope",
        "200|application/json|\"success\"|is JSON but not Millicast's {status, data} envelope",
        "200|application/json|{\"data\":{}}|is JSON but not Millicast's {status, data} envelope",
        "200|application/json|{\"status\":\"ok\",\"data\":{}}|is JSON but not Millicast's {status, data} envelope",
        "200|application/json|{\"status\":true,\"data\":{}}|is JSON but not Millicast's {status, data} envelope",
        "200|application/json|{\"status\":\"success\"}|is a success envelope without data",
        "200|application/json|{\"status\":\"error\",\"message\":\"m\",\"code\":500,\"data\":{}}|says \"error\" under a success status",
        "200|application/json|{\"status\":\"fail\",\"data\":{}}|says \"fail\" under a success status",
        "500|application/json|{\"status\":\"success\",\"data\":{}}|says \"success\" under a failure status"})
    void aBodyThatIsNotCompleteJsonInTheEnvelopeIs502WhateverItsStatus(int status, String type, String body,
            String why) {
        assertEquals("The Millicast API's answer (HTTP " + status + ") " + why, refusal(status, type, body));
    }

    @Test
    void anEmptyBodyIs502() {
        assertEquals("The Millicast API's answer (HTTP 200) had an empty body", refusal(200, JSON, ""));
        var e = assertThrows(UpstreamUnavailableException.class, () -> answers.read(200, JSON, -1, null));
        assertEquals("The Millicast API's answer (HTTP 200) had an empty body", e.getMessage());
    }

    @Test
    void aBodyWithoutContentTypeIs502() {
        assertEquals("The Millicast API's answer (HTTP 200) came as no content type, not JSON",
                refusal(200, null, "{\"status\":\"success\",\"data\":1}"));
    }

    @Test
    void aBodyThatIsNotUtf8Is502() {
        byte[] latin1 = "{\"status\":\"success\",\"data\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        var e = assertThrows(UpstreamUnavailableException.class,
                () -> answers.read(200, JSON, latin1.length, new ByteArrayInputStream(latin1)));

        assertEquals("The Millicast API's answer (HTTP 200) is not valid UTF-8", e.getMessage());
    }

    @Test
    void anAnswerAnnouncingMoreThanTheBoundIsRefusedWithoutReadingIt() {
        CountingStream body = new CountingStream(50 * MIB);

        var e = assertThrows(UpstreamUnavailableException.class, () -> answers.read(200, JSON, 50 * MIB, body));

        assertEquals(502, e.status());
        assertEquals("The Millicast API's answer (HTTP 200) is larger than the 8 MiB allowed; it was cut off",
                e.getMessage());
        assertEquals(0, body.served);
    }

    @Test
    void anAnswerWithoutLengthIsCutOffAtTheBoundNotBufferedWhole() {
        CountingStream body = new CountingStream(50 * MIB);

        var e = assertThrows(UpstreamUnavailableException.class, () -> answers.read(200, JSON, -1, body));

        assertEquals("The Millicast API's answer (HTTP 200) is larger than the 8 MiB allowed; it was cut off",
                e.getMessage());
        assertTrue(body.served <= 8 * MIB + 16 * 1024, "read " + body.served + " bytes");
        assertTrue(body.closed);
    }

    @Test
    void anAnswerOfExactlyTheBoundIsRelayed() {
        var small = new UpstreamAnswers(64, new UpstreamFailures(Duration.ofSeconds(5), Duration.ofSeconds(15)));
        String body = "{\"status\":\"success\",\"data\":\"" + "x".repeat(64 - 30) + "\"}";
        assertEquals(64, body.length());

        assertEquals(new UpstreamResponse(200, body), small.read(200, JSON, -1,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        var e = assertThrows(UpstreamUnavailableException.class, () -> small.read(200, JSON, -1,
                new ByteArrayInputStream((body + " ").getBytes(StandardCharsets.UTF_8))));
        assertEquals("The Millicast API's answer (HTTP 200) is larger than the 64 bytes allowed; it was cut off",
                e.getMessage());
    }

    @Test
    void aConnectionResetWhileReadingSaysSo() {
        var e = assertThrows(UpstreamUnavailableException.class, () -> answers.read(200, JSON, 100,
                failingAfter(10, new SocketException("Connection reset"))));

        assertEquals(502, e.status());
        assertEquals("The Millicast API's answer (HTTP 200) was cut off: connection reset", e.getMessage());
    }

    @Test
    void aStallWhileReadingIsATimeoutInSeconds() {
        var e = assertThrows(UpstreamUnavailableException.class, () -> answers.read(200, JSON, 100,
                failingAfter(10, new SocketTimeoutException("Read timed out"))));

        assertEquals(504, e.status());
        assertEquals("The Millicast API's answer (HTTP 200) stopped: no more of it came within 15 s", e.getMessage());
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("8 MiB", UpstreamAnswers.size(8 * MIB));
        assertEquals("512 KiB", UpstreamAnswers.size(512 * 1024));
        assertEquals("1000 bytes", UpstreamAnswers.size(1000));
    }

    @Test
    void noMessageNamesAJavaClass() {
        for (String message : new String[] {refusal(200, JSON, "x"), refusal(200, "text/html", "x"),
            refusal(200, JSON, "[]")}) {
            assertFalse(message.contains("Exception"), message);
            assertFalse(message.contains("java."), message);
        }
    }

    private static InputStream failingAfter(int bytes, IOException failure) {
        return new InputStream() {
            private int left = bytes;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return '{';
                }
                throw failure;
            }
        };
    }

    /** An endless-looking answer that counts what was taken from it, without holding it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long served;
        boolean closed;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? (served++ == 0 ? '{' : ' ') : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            served += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
