package io.tokengateway.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.sandbox.control.SandboxUpstream;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Token ids in paths are ASCII digits only, read from the segment the client encoded: other scripts' digits and
 * anything an encoded {@code ?}, {@code #}, {@code /} or NUL would smuggle in get Millicast's 400, from the rules
 * and from the sandbox alike. (Separate from MillicastRulesTest's table, which is written elsewhere.)
 */
class TokenIdRulesTest {

    private final MillicastRules rules = new MillicastRules();

    private static String invalid(String decoded) {
        String escaped = decoded.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
        return "{\"status\":\"fail\",\"data\":{\"errors\":{\"tokenId\":[\"The value '" + escaped
                + "' is not valid.\"]},\"message\":\"Validation errors\"}}";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%D9%A7|\u0667",            // Arabic-Indic seven
        "%EF%BC%97|\uFF17",         // full-width seven
        "%E0%A5%AD|\u096D",         // Devanagari seven
        "\u0667|\u0667",            // the same, unencoded
        "7%3Fx=1|7?x=1",
        "7%23a|7#a",
        "7%2F..%2Flist|7/../list",
        "active%2Fall|active/all",
        "7%00|'7\u0000'",
        "%2E%2E|..",
        "+7|+7",
        "-7|-7",
        "%207|' 7'",
        "7%20|'7 '"})
    void aTokenIdThatIsNotAsciiDigitsGetsMillicasts400FromRulesAndSandbox(String segment, String decoded) {
        for (String path : new String[] {"/api/publish_token/", "/api/subscribe_token/", "/api/v2/publish_token/"}) {
            String method = path.contains("v2") ? "PUT" : "GET";
            UpstreamRequest request = new UpstreamRequest(method, path + segment, Map.of(), path.contains("v2")
                    ? jakarta.json.Json.createObjectBuilder().add("label", "x").build() : null);

            UpstreamResponse expected = new UpstreamResponse(400, invalid(decoded));
            assertEquals(expected, rules.check(request).orElseThrow(), path + segment);
            assertEquals(expected, new SandboxUpstream().send(request), "sandbox " + path + segment);
        }
    }

    @ParameterizedTest
    @CsvSource({"7,7", "007,7", "0,0", "2147483647,2147483647", "00000000002147483647,2147483647"})
    void asciiDigitsAreAnIdEvenWithLeadingZeros(String segment, int id) {
        assertEquals(OptionalInt.of(id), rules.endpoint("GET", "/api/publish_token/" + segment).orElseThrow().tokenId());
        assertEquals(OptionalInt.of(id), TokenIdSegment.parse(segment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0667", "\uFF17", "\u096D", "2147483648", "99999999999", "-1", "+1", " 1", "1 ", "",
        "1\u0000", "\uD835\uDFD5"})
    void otherScriptsDigitsSignsSpacesAndOverflowAreNoId(String segment) {
        assertEquals(OptionalInt.empty(), TokenIdSegment.parse(segment));
    }

    @ParameterizedTest
    @CsvSource({"%6Cist", "LIST", "list%2F"})
    void literalSegmentsAreComparedDecoded(String segment) {
        // %6C is 'l': a client may encode any character, as ASP.NET decodes before routing; %2F is not a separator
        var endpoint = rules.endpoint("GET", "/api/publish_token/" + segment);
        assertEquals(segment.equals("list%2F") ? Operation.PUBLISH_READ : Operation.PUBLISH_LIST,
                endpoint.orElseThrow().operation());
    }
}
