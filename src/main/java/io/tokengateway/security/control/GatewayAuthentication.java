package io.tokengateway.security.control;

import io.tokengateway.security.entity.ApiKey;
import io.tokengateway.security.entity.ApiKeyPrincipal;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.ConsoleSession;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.KeyCheck;
import io.tokengateway.security.entity.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds out who is calling, on every request: a program by {@code Authorization: Bearer <API key>}, an admin
 * script by HTTP Basic, a person by the session the login page started. Nobody is refused here: an unknown or
 * missing credential leaves the request anonymous, and the access rules of each route decide (401 or the login page).
 */
@ApplicationScoped
public class GatewayAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link CallerIdentity} this mechanism established. */
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

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String address = request.getRemoteAddr();
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login) {
            return formLogin(request, context, login, address);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return byHeader(request, context, authorization.strip(), address);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION) instanceof ConsoleSession opened) {
            Optional<GatewayUser> user = users.find(opened.name())
                    .filter(u -> opened.isValidFor(u, Instant.now(), Duration.ofMinutes(sessionLifetimeMinutes)));
            if (user.isPresent()) {
                request.setAttribute(BY_SESSION, Boolean.TRUE);
                request.setAttribute(MUST_CHANGE_PASSWORD, user.get().isMustChangePassword());
                return asPerson(request, context, user.get(), address);
            }
            // disabled, rights changed since the login, or past its lifetime: the session is over
            session.invalidate();
        }
        request.setAttribute(CALLER, CallerIdentity.anonymous(address));
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential login, String address) {
        LoginOutcome outcome = logins.attempt(login.getCaller(), login.getPasswordAsString(), address, true);
        if (!outcome.succeeded()) {
            request.setAttribute(CALLER, CallerIdentity.anonymous(address).named(outcome.claimant()));
            request.setAttribute(LoginOutcome.class.getName(), outcome);
            return AuthenticationStatus.SEND_FAILURE;
        }
        GatewayUser user = outcome.user().orElseThrow();
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        request.getSession().setAttribute(SESSION, ConsoleSession.openedFor(user, Instant.now()));
        request.setAttribute(MUST_CHANGE_PASSWORD, user.isMustChangePassword());
        return asPerson(request, context, user, address);
    }

    /**
     * A refused credential leaves the caller anonymous, named by what it claimed to be (for the counted audit rows):
     * a suspended key by its id and why, a failed Basic login by its claimed name.
     */
    private AuthenticationStatus byHeader(HttpServletRequest request, HttpMessageContext context,
            String authorization, String address) {
        String claimant = "unknown credential";
        if (startsWith(authorization, "Bearer ")) {
            Optional<KeyCheck> check = verifiedKeys.verify(authorization.substring(7));
            if (check.isPresent() && check.get().works()) {
                ApiKey k = check.get().key();
                request.setAttribute(CALLER, CallerIdentity.apiKey(k.getId(), k.getLabel(), k.getRole(), address));
                k.masterLimit().ifPresent(masters -> request.setAttribute(MASTER_LIMIT, masters));
                return context.notifyContainerAboutLogin(new ApiKeyPrincipal(k.getId(), k.getLabel()), k.getRole().groups());
            }
            claimant = check.map(c -> "key " + c.key().getId() + " '" + c.key().getLabel() + "' (suspended: "
                    + c.suspension().orElseThrow() + ")")
                    .orElse("unknown API key");
        } else if (startsWith(authorization, "Basic ")) {
            Optional<String[]> pair = basic(authorization.substring(6));
            if (pair.isPresent()) {
                LoginOutcome outcome = logins.attempt(pair.get()[0], pair.get()[1], address, false);
                if (outcome.succeeded()) {
                    return asPerson(request, context, outcome.user().orElseThrow(), address);
                }
                claimant = outcome.claimant();
            }
        }
        request.setAttribute(CALLER, CallerIdentity.anonymous(address).named(claimant));
        return context.doNothing();
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

    private static AuthenticationStatus asPerson(HttpServletRequest request, HttpMessageContext context,
            GatewayUser user, String address) {
        request.setAttribute(CALLER, CallerIdentity.person(user.getName(), user.getRole(), address));
        return context.notifyContainerAboutLogin(user.getName(), user.getRole().groups());
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
