package io.tokengateway.sandbox.control;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Makes the secret strings of a token: the 64-hex-character token and the SRT passphrase. Thread-safe. */
final class TokenSecrets {

    private final SecureRandom random = new SecureRandom();

    /** 32 random bytes as 64 lowercase hex characters, the form the real API hands out. */
    String newToken() {
        return hex(32);
    }

    /** 16 random bytes as 32 hex characters, within SRT's 10..79-character passphrase range. */
    String newSrtPassphrase() {
        return hex(16);
    }

    private String hex(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
