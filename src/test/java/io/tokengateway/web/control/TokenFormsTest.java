package io.tokengateway.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.entity.TokenForm;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenFormsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Jsonb JSONB = JsonbBuilder.create();

    private static TokenForm form(String label, String streams) {
        TokenForm form = new TokenForm();
        form.setLabel(label);
        form.setStreams(streams);
        return form;
    }

    @Test
    void aBasicCreateSendsTheLabelEachStreamAndThePublishDefaults() {
        TokenForms.Read read = TokenForms.create(TokenKind.PUBLISH, form("cam", "a\n\n b \n"), NOW);

        assertTrue(read.isClean(), read.problems().toString());
        assertEquals("{\"label\":\"cam\",\"streams\":[{\"streamName\":\"a\"},{\"streamName\":\"b\"}],"
                + "\"subscribeRequiresAuth\":false,\"record\":false,\"clip\":false,\"multisource\":true,"
                + "\"enableThumbnails\":false,\"lowLatencyRtmp\":true,\"displaySrtPassphrase\":false,\"drm\":false}",
                read.body().toString());
    }

    @Test
    void anySteamIsTheRegexDotStarAndASubscribeTokenCarriesItsTrackingId() {
        TokenForm form = form("viewers", null);
        form.setAnyStream(true);
        form.setTrackingId("campaign");
        form.setAllowedCountries(List.of("DE"));

        assertEquals("{\"label\":\"viewers\",\"streams\":[{\"streamName\":\".*\",\"isRegex\":true}],"
                + "\"allowedCountries\":[\"DE\"],\"tracking\":{\"trackingId\":\"campaign\"}}",
                TokenForms.create(TokenKind.SUBSCRIBE, form, NOW).body().toString());
    }

    @Test
    void anExpiryIsADurationInUnitsOrADateTurnedIntoSecondsFromNow() {
        TokenForm inTwoHours = form("a", "a");
        inTwoHours.setExpiresIn("2");
        inTwoHours.setExpiresUnit("hours");
        assertEquals(7200, TokenForms.create(TokenKind.PUBLISH, inTwoHours, NOW).body().getInt("expires"));

        TokenForm tomorrow = form("a", "a");
        tomorrow.setExpiresAt("2026-11-30T12:00");
        assertEquals(86_400, TokenForms.create(TokenKind.PUBLISH, tomorrow, NOW).body().getInt("expires"));
    }

    @Test
    void whatOnlyAFormCanGetWrongIsNamedUnderItsField() {
        TokenForm form = form("   ", "");
        form.setExpiresIn("soon");
        form.setPriority("high");
        form.setRestream("rtmp://only-a-url");

        Map<String, List<String>> problems = TokenForms.create(TokenKind.PUBLISH, form, NOW).problems();

        assertEquals(List.of("A label of only spaces cannot be told apart in a list: type a name."), problems.get("label"));
        assertEquals(List.of("Name at least one stream, or choose any stream."), problems.get("streams"));
        assertEquals(List.of("'soon' is not a whole number."), problems.get("expiresIn"));
        assertEquals(List.of("'high' is not a whole number."), problems.get("priority"));
        assertEquals(List.of("Each restream line needs a URL and a stream key: rtmp://only-a-url"), problems.get("restream"));
    }

    @Test
    void aPastDateAndTwoExpiriesAreRefused() {
        TokenForm past = form("a", "a");
        past.setExpiresAt("2020-01-01T00:00");
        assertEquals(List.of("The expiry date has passed: choose one in the future."),
                TokenForms.create(TokenKind.PUBLISH, past, NOW).problems().get("expiresAt"));

        TokenForm both = form("a", "a");
        both.setExpiresAt("2027-01-01T00:00");
        both.setExpiresIn("3");
        assertEquals(List.of("Give the expiry as a duration or as a date, not both."),
                TokenForms.create(TokenKind.PUBLISH, both, NOW).problems().get("expiresIn"));
    }

    @Test
    void anUpdateSendsOnlyWhatTheFormChanged() {
        PublishToken token = JSONB.fromJson("{\"id\":7,\"label\":\"cam\",\"isActive\":true,\"streams\":[],"
                + "\"allowedOrigins\":[\"a.com\"],\"allowedIpAddresses\":[],\"allowedCountries\":[\"DE\"],"
                + "\"deniedCountries\":[],\"originCluster\":\"\",\"record\":false,\"clip\":false,\"multisource\":true,"
                + "\"enableThumbnails\":false,\"lowLatencyRtmp\":true,\"displaySrtPassphrase\":false,"
                + "\"subscribeRequiresAuth\":false,\"priority\":5}", PublishToken.class);
        TokenForm form = TokenForms.filled(token);
        assertEquals("{}", TokenForms.update(TokenKind.PUBLISH, form, token).body().toString());

        form.setLabel("cam 2");
        form.setPriority("");
        form.setOrigins("");
        form.setRecord(true);

        assertEquals("{\"label\":\"cam 2\",\"allowedOrigins\":[],\"record\":true,\"priority\":null}",
                TokenForms.update(TokenKind.PUBLISH, form, token).body().toString());
    }

    @Test
    void drmIsReadIntoTheFormAndSentOnlyWhenItChanges() {
        PublishToken token = JSONB.fromJson("{\"id\":7,\"label\":\"cam\",\"isActive\":true,\"streams\":[],"
                + "\"drm\":true,\"integrationId\":\"None\"}", PublishToken.class);
        TokenForm form = TokenForms.filled(token);
        assertTrue(form.isDrm());
        assertFalse(TokenForms.update(TokenKind.PUBLISH, form, token).body().containsKey("drm"));

        form.setDrm(false);

        assertEquals("{\"drm\":false}", TokenForms.update(TokenKind.PUBLISH, form, token).body().toString());
        // the flags share one message, under the checkboxes (the form has no message of its own for drm)
        assertEquals("clip", TokenForms.fieldOf("drm"));
    }

    @Test
    void theApisProblemsBelongToTheFormFieldOfTheirMember() {
        assertEquals("origins", TokenForms.fieldOf("allowedOrigins[1]"));
        assertEquals("streams", TokenForms.fieldOf("streams[0].streamName"));
        assertEquals("expiresIn", TokenForms.fieldOf("expires"));
        assertEquals("trackingId", TokenForms.fieldOf("tracking.trackingId"));
        assertEquals("label", TokenForms.fieldOf("$.label"));
        assertNull(TokenForms.fieldOf("$"));
    }

    @Test
    void aTokensLowerCaseCountryCodesAreShownUpperCaseAndNotSentAgain() {
        PublishToken token = JSONB.fromJson("{\"id\":7,\"label\":\"cam\",\"isActive\":true,"
                + "\"allowedCountries\":[\"us\"]}", PublishToken.class);
        TokenForm form = TokenForms.filled(token);

        assertEquals(List.of("US"), form.getAllowedCountries());
        assertEquals("{}", TokenForms.update(TokenKind.SUBSCRIBE, form, token).body().toString());
    }

    @Test
    void restreamTargetsAreReplacedOnlyWhenAskedAndNeverShown() {
        PublishToken token = JSONB.fromJson("{\"id\":7,\"label\":\"cam\",\"isActive\":true,\"restream\":"
                + "[{\"url\":\"rtmp://a.example/live\",\"key\":\"secret-key\",\"enabled\":true}]}", PublishToken.class);
        TokenForm form = TokenForms.filled(token);
        assertNull(form.getRestream(), "a restream key in the form");
        assertEquals("{}", TokenForms.update(TokenKind.PUBLISH, form, token).body().toString());

        form.setReplaceRestream(true);
        assertEquals("{\"restream\":[]}", TokenForms.update(TokenKind.PUBLISH, form, token).body().toString());
        form.setRestream("rtmps://b.example/live other-key Backup");
        assertEquals("{\"restream\":[{\"url\":\"rtmps://b.example/live\",\"key\":\"other-key\",\"enabled\":true,"
                + "\"label\":\"Backup\"}]}", TokenForms.update(TokenKind.PUBLISH, form, token).body().toString());
    }
}
