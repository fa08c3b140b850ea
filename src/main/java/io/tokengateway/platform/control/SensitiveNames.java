package io.tokengateway.platform.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Decides by meaning whether a member name holds a credential: {@code key}, {@code Key}, {@code KEY},
 * {@code stream_key} and {@code ｋｅｙ} all do. Names are compared after JSON unescaping (the caller's job),
 * Unicode compatibility folding, lower-casing and dropping everything but letters and digits.
 */
final class SensitiveNames {

    /** Whole names (folded) that hold credentials, where no suffix rule below catches them. */
    private static final Set<String> NAMES = Set.of("auth", "pwd", "passwd", "pass", "credential", "credentials",
            "bearer", "cookie", "session", "sessionid");

    /**
     * Endings (folded) of names that hold credentials: {@code token}, {@code streamKey}, {@code apiKey},
     * {@code srtPassphrase}, {@code displaySrtPassphrase}, {@code newPassword}, {@code apiSecret},
     * {@code authorization}. {@code tokenId} or {@code keyPrefix} do not end in one and stay readable.
     */
    private static final Set<String> ENDINGS = Set.of("token", "key", "passphrase", "password", "secret",
            "authorization");

    private SensitiveNames() {
    }

    static boolean isSensitive(String name) {
        if (name == null) {
            return false;
        }
        String folded = fold(name);
        return NAMES.contains(folded) || ENDINGS.stream().anyMatch(folded::endsWith);
    }

    /** {@code "Stream_Key"} → {@code "streamkey"}; full-width and other compatibility forms become ASCII first. */
    static String fold(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(compatible.length());
        compatible.codePoints().filter(Character::isLetterOrDigit).forEach(folded::appendCodePoint);
        return folded.toString();
    }
}
