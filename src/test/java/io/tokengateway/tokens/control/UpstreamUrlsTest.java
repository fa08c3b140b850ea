package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tokengateway.contract.entity.UpstreamRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamUrlsTest {

    private static final URI BASE = URI.create("https://api.millicast.com");

    @Test
    void plainPathsAndQueriesAreSentAsToday() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("streamId", "acct/cam");
        query.put("name", "a b&c");
        var url = UpstreamUrls.of(BASE, new UpstreamRequest("GET", "/api/publish_token/active", query, null));

        assertEquals("https://api.millicast.com/api/publish_token/active?streamId=acct%2Fcam&name=a+b%26c", url.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7?x=1|7%3Fx%3D1",
        "7#a|7%23a",
        "'7\u0000'|7%00",
        "\u0667|%D9%A7",
        "a b|a%20b",
        "100%|100%25"})
    void everyCharacterThatCouldBeADelimiterIsEncodedInsideItsSegment(String segment, String encoded) {
        var url = UpstreamUrls.of(BASE, UpstreamRequest.of("GET", "/api/publish_token/" + segment));

        assertEquals("https://api.millicast.com/api/publish_token/" + encoded, url.toString());
        assertEquals("/api/publish_token/" + encoded, url.getRawPath());
        assertEquals(null, url.getRawQuery());
        assertEquals(null, url.getRawFragment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/publish_token/..", "/api/publish_token/./7", "/api/../admin"})
    void dotSegmentsAreNeverSent(String path) {
        assertThrows(IllegalArgumentException.class, () -> UpstreamUrls.of(BASE, UpstreamRequest.of("GET", path)));
    }
}
