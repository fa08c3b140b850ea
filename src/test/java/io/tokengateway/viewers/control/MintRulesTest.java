package io.tokengateway.viewers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.viewers.entity.Master;
import io.tokengateway.viewers.entity.MasterStream;
import io.tokengateway.viewers.entity.ViewerClaims;
import io.tokengateway.viewers.entity.ViewerTokenRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dolby's rules for a viewer token, each refused naming its field with the message written here. */
class MintRulesTest {

    private static final long NOW = 1_790_000_000L;
    private static final ViewerTokenSettings SETTINGS = new ViewerTokenSettings(86_400, 300, 60, 10, null);
    private static final Master EVENT = new Master(42, true, null, List.of(MasterStream.of("event", false),
            MasterStream.of("cam[0-9]", true)), null, "fra-1");

    private static ViewerTokenRequest asking(String stream, Long expiresIn, String trackingId, String custom) {
        return new ViewerTokenRequest(stream, null, null, expiresIn, trackingId, custom, null);
    }

    private static Map<String, List<String>> problems(Master master, ViewerTokenRequest request) {
        ValidationErrors errors = new ValidationErrors();
        ViewerClaims draft = MintRules.check(request, NOW, SETTINGS, errors);
        if (draft != null) {
            MintRules.bind(master, draft, errors);
        }
        return errors.asMap();
    }

    private static ViewerClaims claims(Master master, ViewerTokenRequest request) {
        ValidationErrors errors = new ValidationErrors();
        ViewerClaims claims = MintRules.bind(master, MintRules.check(request, NOW, SETTINGS, errors), errors);
        assertEquals(Map.of(), errors.asMap());
        return claims;
    }

    @Test
    void theDefaultLifetimeIs300SecondsAndTheMastersClusterIsInherited() {
        ViewerClaims claims = claims(EVENT, asking("event", null, null, null));
        assertEquals(300, claims.exp() - claims.iat());
        assertEquals(NOW, claims.iat());
        assertEquals(42, claims.tokenId());
        assertEquals("fra-1", claims.originCluster());
        assertEquals(List.of(), claims.allowedOrigins());
        assertEquals(List.of(), claims.allowedIpAddresses());
    }

    @Test
    void aStreamMustBeOneOfTheMastersOrMatchItsRegexWhole() {
        assertEquals(Map.of(), problems(EVENT, asking("cam7", null, null, null)));
        assertEquals(Map.of("streamName", List.of("The stream 'cam77' is not one that subscribe token 42 allows.")),
                problems(EVENT, asking("cam77", null, null, null)));
        assertEquals(Map.of("streamName", List.of("The stream 'events' is not one that subscribe token 42 allows.")),
                problems(EVENT, asking("events", null, null, null)));
        Master any = new Master(1, true, null, List.of(MasterStream.of(".*", true)), null, null);
        assertEquals(Map.of(), problems(any, asking("anything at all", null, null, null)));
        assertEquals(Map.of("streamName", List.of("The StreamName field is required.")),
                problems(any, asking(null, null, null, null)));
        assertEquals(Map.of("streamName", List.of("The field StreamName must be a string with a minimum length of 1 and a maximum length of 128.")),
                problems(any, asking("x".repeat(129), null, null, null)));
    }

    @Test
    void aTrackedMastersIdIsTheChildsOrItIsRefused() {
        Master tracked = new Master(2, true, null, List.of(MasterStream.of("bench", false)), "bench-tracking", null);
        assertEquals("bench-tracking", claims(tracked, asking("bench", null, null, null)).trackingId());
        assertEquals("bench-tracking", claims(tracked, asking("bench", null, "bench-tracking", null)).trackingId());
        assertEquals(Map.of("trackingId", List.of("Subscribe token 2 is tracked as 'bench-tracking': a viewer token must "
                + "carry the same trackingId, or none.")), problems(tracked, asking("bench", null, "other", null)));
        assertEquals("mine", claims(EVENT, asking("event", null, "mine", null)).trackingId());
        assertNull(claims(EVENT, asking("event", null, null, null)).trackingId());
    }

    @Test
    void customViewerDataIsAtMost1024Characters() {
        assertEquals(Map.of(), problems(EVENT, asking("event", null, null, "d".repeat(1024))));
        assertEquals(Map.of("customViewerData", List.of("The field CustomViewerData must be a string with a maximum length of 1024.")),
                problems(EVENT, asking("event", null, null, "d".repeat(1025))));
    }

    @Test
    void theLifetimeIsFromOneSecondToTheMaximumAndNeverPastTheMaster() {
        String range = "The field ExpiresIn must be between 1 and 86400.";
        assertEquals(Map.of("expiresIn", List.of(range)), problems(EVENT, asking("event", 0L, null, null)));
        assertEquals(Map.of("expiresIn", List.of(range)), problems(EVENT, asking("event", 86_401L, null, null)));
        assertEquals(86_400, claims(EVENT, asking("event", 86_400L, null, null)).exp() - NOW);
        Master ending = new Master(3, true, Instant.ofEpochSecond(NOW + 120), EVENT.streams(), null, null);
        assertEquals(NOW + 120, claims(ending, asking("event", 120L, null, null)).exp());
        assertEquals(Map.of("expiresIn", List.of("A viewer token cannot outlive its subscribe token: token 3 expires at "
                + Instant.ofEpochSecond(NOW + 120) + ", in 120 s.")), problems(ending, asking("event", 121L, null, null)));
    }

    @Test
    void theViewersAddressAndOriginsMustBeWellFormed() {
        ViewerTokenRequest bad = new ViewerTokenRequest("event", "300.1.2.3", List.of("example.com", "not an origin"),
                null, null, null, null);
        assertEquals(Map.of("viewerIp", List.of("'300.1.2.3' is not a valid IPv4 address or CIDR block."),
                "allowedOrigins[1]", List.of("'not an origin' is not a valid origin; use a domain such as example.com or *.example.com.")),
                problems(EVENT, bad));
        ViewerClaims good = claims(EVENT, new ViewerTokenRequest("event", "203.0.113.7", List.of("*.example.com"), null,
                null, null, null));
        assertEquals(List.of("203.0.113.7"), good.allowedIpAddresses());
        assertEquals(List.of("*.example.com"), good.allowedOrigins());
    }

    @Test
    void aDisabledOrExpiredMasterMintsNothingAndSaysWhich() {
        assertEquals(Optional.of("Subscribe token 5 is disabled: it mints no viewer tokens."),
                MintRules.unusable(new Master(5, false, null, List.of(), null, null), Instant.ofEpochSecond(NOW)));
        Instant past = Instant.ofEpochSecond(NOW - 1);
        assertEquals(Optional.of("Subscribe token 6 expired at " + past + ": it mints no viewer tokens."),
                MintRules.unusable(new Master(6, true, past, List.of(), null, null), Instant.ofEpochSecond(NOW)));
        assertEquals(Optional.empty(), MintRules.unusable(EVENT, Instant.ofEpochSecond(NOW)));
    }
}
