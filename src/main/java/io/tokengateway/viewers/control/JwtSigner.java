package io.tokengateway.viewers.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs JWTs with HS256 under one subscribe token's token string (its UTF-8 bytes, as Dolby's reference signs).
 * The key is prepared once into a {@link Mac} prototype; each signature uses a clone of it, since a {@code Mac} is
 * not safe to share between threads. Holds the key: never logged, never printed.
 */
public final class JwtSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** {@code {"alg":"HS256","typ":"JWT"}}, encoded once. */
    static final String HEADER = BASE64URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));

    private final Mac prototype;

    /** @throws IllegalArgumentException for an empty key */
    public JwtSigner(String key) {
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The compact JWT {@code header.payload.signature} for the payload's JSON text. */
    public String sign(String payloadJson) {
        StringBuilder jwt = new StringBuilder(HEADER.length() + payloadJson.length() * 4 / 3 + 48);
        jwt.append(HEADER).append('.').append(BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)));
        byte[] signature = mac().doFinal(jwt.toString().getBytes(StandardCharsets.US_ASCII));
        return jwt.append('.').append(BASE64URL.encodeToString(signature)).toString();
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
    }

    @Override
    public String toString() {
        return "JwtSigner[HS256, key redacted]";
    }
}
