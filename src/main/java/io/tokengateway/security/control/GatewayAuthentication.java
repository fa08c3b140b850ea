package io.tokengateway.security.control;

import io.tokengateway.security.entity.ApiKey;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.ConsoleSession;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.KeyCheck;
import io.tokengateway.security.entity.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds out who is calling, on every request (the boundary's {@code CallerAuthentication} filter asks first): a
 * program by {@code Authorization: Bearer <API key>}, an admin script by HTTP Basic, a person by the session the
 * login page started. Nobody is refused here: an unknown or missing credential leaves the request anonymous, and the
 * access rules of each route decide (401 or the login page).
 * <p>
 * The caller is the gateway's own {@link CallerIdentity} in a request attribute, which every access rule reads; the
 * container is not told (no container login, no principal): going through the container's Jakarta Authentication
 * bridge for that cost a third of the request path's CPU and two global locks per request (docs/performance.md).
 * Passwords are still Jakarta Security's PBKDF2 ({@link PasswordHashing}).
 */
@ApplicationScoped
public class GatewayAuthentication {

    /** Request attribute holding the {@link CallerIdentity} found for the request. */
    public static final String CALLER = "tokengateway.caller";
    /** Request attribute set when the caller used a session cookie rather than an Authorization header. */
    public static final String BY_SESSION = "tokengateway.bySession";
    /** Request attribute set when the person signed in must change their password before anything else. */
    public static final String MUST_CHANGE_PASSWORD = "tokengateway.mustChangePassword";
    /** Request attribute holding the subscribe token ids a limited minter key may mint for (absent: any). */
    public static final String MASTER_LIMIT = "tokengateway.masterLimit";
    static final String SESSION = "tokengateway.session";

    @Inject
    VerifiedKeys verifiedKeys;

    @Inject
    PasswordLogin logins;

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "gateway.session.lifetime.minutes", defaultValue = "720")
    long sessionLifetimeMinutes;

    /** Establishes the request's caller once: by its Authorization header, else by its console session, else nobody. */
    public void identify(HttpServletRequest request) {
        if (request.getAttribute(CALLER) != null) {
            return; // a forward or error dispatch of a request already identified
        }
        String address = request.getRemoteAddr();
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            byHeader(request, authorization.strip(), address);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION) instanceof ConsoleSession opened) {
            Optional<GatewayUser> user = users.find(opened.name())
                    .filter(u -> opened.isValidFor(u, Instant.now(), Duration.ofMinutes(sessionLifetimeMinutes)));
            if (user.isPresent()) {
                request.setAttribute(BY_SESSION, Boolean.TRUE);
                request.setAttribute(MUST_CHANGE_PASSWORD, user.get().isMustChangePassword());
                asPerson(request, user.get(), address);
                return;
            }
            // disabled, rights changed since the login, or past its lifetime: the session is over
            session.invalidate();
        }
        request.setAttribute(CALLER, CallerIdentity.anonymous(address));
    }

    /** The gateway's own warm-up request (the boundary has checked its marker and address). */
    public static void identifyWarmUp(HttpServletRequest request) {
        request.setAttribute(CALLER, CallerIdentity.warmUp(request.getRemoteAddr()));
    }

    /**
     * The login form: on success a new session (a new id: no session fixation) carries the person, and this request
     * is theirs; on failure the request stays anonymous, named by the name it claimed (for the audit).
     */
    public LoginOutcome logIn(HttpServletRequest request, String name, String password) {
        String address = request.getRemoteAddr();
        LoginOutcome outcome = logins.attempt(name, password, address, true);
        if (!outcome.succeeded()) {
            request.setAttribute(CALLER, CallerIdentity.anonymous(address).named(outcome.claimant()));
            return outcome;
        }
        GatewayUser user = outcome.user().orElseThrow();
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        request.getSession().setAttribute(SESSION, ConsoleSession.openedFor(user, Instant.now()));
        request.setAttribute(MUST_CHANGE_PASSWORD, user.isMustChangePassword());
        asPerson(request, user, address);
        return outcome;
    }

    /**
     * A refused credential leaves the caller anonymous, named by what it claimed to be (for the counted audit rows):
     * a suspended key by its id and why, a failed Basic login by its claimed name.
     */
    private void byHeader(HttpServletRequest request, String authorization, String address) {
        String claimant = "unknown credential";
        if (startsWith(authorization, "Bearer ")) {
            Optional<KeyCheck> check = verifiedKeys.verify(authorization.substring(7));
            if (check.isPresent() && check.get().works()) {
                ApiKey k = check.get().key();
                request.setAttribute(CALLER, CallerIdentity.apiKey(k.getId(), k.getLabel(), k.getRole(), address));
                k.masterLimit().ifPresent(masters -> request.setAttribute(MASTER_LIMIT, masters));
                return;
            }
            claimant = check.map(c -> "key " + c.key().getId() + " '" + c.key().getLabel() + "' (suspended: "
                    + c.suspension().orElseThrow() + ")")
                    .orElse("unknown API key");
        } else if (startsWith(authorization, "Basic ")) {
            Optional<String[]> pair = basic(authorization.substring(6));
            if (pair.isPresent()) {
                LoginOutcome outcome = logins.attempt(pair.get()[0], pair.get()[1], address, false);
                if (outcome.succeeded()) {
                    asPerson(request, outcome.user().orElseThrow(), address);
                    return;
                }
                claimant = outcome.claimant();
            }
        }
        request.setAttribute(CALLER, CallerIdentity.anonymous(address).named(claimant));
    }

    /**
     * After a person changed their own password, the session they did it in goes on (their other sessions end):
     * it takes the new credential version and keeps its absolute lifetime.
     */
    public static void keepSession(HttpServletRequest request, GatewayUser user) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION) instanceof ConsoleSession opened) {
            session.setAttribute(SESSION, new ConsoleSession(user.getName(), user.getCredentialVersion(), opened.openedAt()));
        }
    }

    private static void asPerson(HttpServletRequest request, GatewayUser user, String address) {
        request.setAttribute(CALLER, CallerIdentity.person(user.getName(), user.getRole(), address));
    }

    private static Optional<String[]> basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
