package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SameSiteRuleTest {

    private static final URI SELF = URI.create("https://gateway.example.com:8443/");

    @Test
    void ourOwnOriginIsSameSite() {
        assertFalse(SameSiteRule.isCrossSite(SELF, "https://gateway.example.com:8443", null));
        assertFalse(SameSiteRule.isCrossSite(SELF, "HTTPS://Gateway.Example.com:8443 ", null));
        assertFalse(SameSiteRule.isCrossSite(SELF, null, "https://gateway.example.com:8443/index.xhtml"));
    }

    @Test
    void anotherSchemeHostOrPortIsCrossSite() {
        assertTrue(SameSiteRule.isCrossSite(SELF, "http://gateway.example.com:8443", null));
        assertTrue(SameSiteRule.isCrossSite(SELF, "https://evil.example.com:8443", null));
        assertTrue(SameSiteRule.isCrossSite(SELF, "https://gateway.example.com", null));
        assertTrue(SameSiteRule.isCrossSite(SELF, "https://gateway.example.com:8443.evil.example", null));
    }

    @Test
    void theOriginWinsOverTheReferer() {
        assertTrue(SameSiteRule.isCrossSite(SELF, "https://evil.example.com", "https://gateway.example.com:8443/"));
    }

    @Test
    void defaultPortsCountAsTheirNumbers() {
        URI standard = URI.create("https://gateway.example.com/");
        assertFalse(SameSiteRule.isCrossSite(standard, "https://gateway.example.com:443", null));
        assertTrue(SameSiteRule.isCrossSite(standard, "https://gateway.example.com:80", null));
    }

    @Test
    void nothingSaidOrUnreadableIsCrossSite() {
        assertTrue(SameSiteRule.isCrossSite(SELF, null, null));
        assertTrue(SameSiteRule.isCrossSite(SELF, "null", null));
        assertTrue(SameSiteRule.isCrossSite(SELF, "https://exa mple.com", null));
    }
}
