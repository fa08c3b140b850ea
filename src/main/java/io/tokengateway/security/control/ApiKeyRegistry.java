package io.tokengateway.security.control;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.security.entity.ApiKey;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.CallerKind;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.IssuedApiKey;
import io.tokengateway.security.entity.KeyCheck;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issues, checks and revokes API keys. A key reads {@code tgw_<prefix>_<secret>}: the prefix finds the record,
 * the secret is compared by its SHA-256 hash (the secret is random, 192 bits, so a slow hash adds nothing).
 */
@ApplicationScoped
@Transactional
public class ApiKeyRegistry {

    private static final Pattern FORMAT = Pattern.compile("tgw_([A-Za-z0-9]{12})_([A-Za-z0-9]{32})");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** last-used is written at most this often per key, so that a busy key does not write on every call */
    private static final Duration LAST_USED_PRECISION = Duration.ofSeconds(5);

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    CredentialChanges changes;

    public IssuedApiKey issue(String label, Role role, String createdBy) {
        return issue(label, role, List.of(), createdBy);
    }

    /**
     * A key limited to the subscribe tokens {@code masters} (empty: any), which only a minter key may be.
     *
     * @throws InvalidRequestException for masters on a key of another role
     */
    public IssuedApiKey issue(String label, Role role, List<Integer> masters, String createdBy) {
        if (!masters.isEmpty() && role != Role.MINTER) {
            throw InvalidRequestException.of("masters", "masters may be given for a minter key only");
        }
        String prefix = randomText(12);
        String secret = randomText(32);
        ApiKey key = new ApiKey(label.strip(), role, prefix, sha256(secret), createdBy, Instant.now()).limitedTo(masters);
        em.persist(key);
        changes.changed();
        return new IssuedApiKey(key, "tgw_" + prefix + "_" + secret);
    }

    public List<ApiKey> all() {
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
    }

    public Optional<ApiKey> find(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    /**
     * The live key that {@code presented} is, with why it is suspended if it is; empty for a malformed, unknown or
     * revoked key. Its use is noted only when it works.
     */
    public Optional<KeyCheck> verify(String presented) {
        Matcher parts = FORMAT.matcher(presented == null ? "" : presented.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        Optional<KeyCheck> check = em.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class)
                .setParameter("prefix", parts.group(1))
                .getResultStream().findFirst()
                .filter(k -> !k.isRevoked())
                .filter(k -> MessageDigest.isEqual(
                        k.getSecretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(parts.group(2)).getBytes(StandardCharsets.US_ASCII)))
                .map(k -> new KeyCheck(k, suspension(k)));
        check.filter(KeyCheck::works).ifPresent(c -> noteUse(c.key()));
        return check;
    }

    /**
     * Why a live key does not work now: a key acts for the person who issued it, so it stops when that person is
     * disabled, gone, or no longer holds the key's role. Empty when the key works.
     */
    public Optional<String> suspension(ApiKey key) {
        Optional<GatewayUser> issuer = users.find(key.getCreatedBy());
        if (issuer.isEmpty()) {
            return Optional.of("its issuer " + key.getCreatedBy() + " is gone");
        }
        if (issuer.get().isDisabled()) {
            return Optional.of("its issuer " + issuer.get().getName() + " is disabled");
        }
        if (!issuer.get().getRole().includes(key.getRole())) {
            return Optional.of("its issuer " + issuer.get().getName() + " is no longer " + key.getRole().id());
        }
        return Optional.empty();
    }

    /** The live keys that a person issued (for telling which keys stop or start working with a change of theirs). */
    public List<ApiKey> issuedBy(String name) {
        return all().stream().filter(k -> !k.isRevoked() && k.getCreatedBy().equalsIgnoreCase(name)).toList();
    }

    /** For the audit row of a change to a person: which of their keys do not work now, and why; empty if none. */
    public Optional<String> suspendedKeysOf(String issuer) {
        List<String> suspended = issuedBy(issuer).stream()
                .flatMap(k -> suspension(k).map(why -> "API key " + k.getId() + " '" + k.getLabel()
                        + "' stops working: " + why).stream())
                .toList();
        return suspended.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", suspended));
    }

    /** The person a caller acts for: a person themselves, or for a program the person who issued its key. */
    public String personBehind(CallerIdentity caller) {
        if (caller.kind() != CallerKind.API_KEY) {
            return caller.name();
        }
        return find(Long.parseLong(caller.credentialId())).map(ApiKey::getCreatedBy).orElse(caller.name());
    }

    /** @return false when there is no such key */
    public boolean revoke(long id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            return false;
        }
        if (!key.isRevoked()) {
            key.setRevokedAt(Instant.now());
            changes.changed();
        }
        return true;
    }

    private void noteUse(ApiKey key) {
        Instant now = Instant.now();
        if (key.getLastUsedAt() == null || key.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            key.setLastUsedAt(now);
        }
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
