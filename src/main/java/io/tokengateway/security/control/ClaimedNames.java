package io.tokengateway.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a name that a failed login claimed is written down: a known person's name as it is; anything else only as
 * its length and a short keyed hash (people type passwords into the name field), enough to see that the same
 * unknown name came back, useless for guessing it. The hash key is new with every start of the server.
 */
final class ClaimedNames {

    private static final byte[] KEY = new SecureRandom().generateSeed(32);

    private ClaimedNames() {
    }

    static String unknown(String claimed) {
        String text = claimed == null ? "" : claimed;
        return "unknown name #" + shortHash(text) + " (" + text.codePointCount(0, text.length()) + " characters)";
    }

    private static String shortHash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
